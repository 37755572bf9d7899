# --skip N for a text file: the first N lines, a report's title and a
# blank line, lie above the header; line numbers stay the file's.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cat >"$d/in.csv"
$ crm-import -q --skip 2 "$d/in.csv"; crm-import --skip 2 - <"$d/in.csv" 2>&1 >/dev/null | head -n 1
< Sales report, March
<
< customer_id,order_date,amount
< a,2024-03-01,5
< b,2024-03-40,6
> customer_id,order_date,amount,kind
> a,2024-03-01,5.00,purchase
> crm-import: line 5, column "order_date": cannot parse "2024-03-40" (no such day)
