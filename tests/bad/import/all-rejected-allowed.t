# Every row rejected with --allow-empty: the old behaviour, an empty
# table and exit 0, the rejects counted in the summary (its last line).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import --allow-empty 2>"$d/err"; s=$?; tail -n 1 "$d/err" >&2; exit $s
< customer_id,order_date,amount
< A,2024-01-01,x
> customer_id,order_date,amount,kind
! crm-import: 1 rows read = 0 written + 0 merged into orders + 1 rejected (1 bad amount); amount written 0.00
? 0
