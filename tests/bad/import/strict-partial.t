# --strict stops at the first bad row, after rows were written: the -o
# file that existed before is left as it was.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; echo old >"$d/out.csv"
$ ../balance crm-import --strict -o "$d/out.csv"; s=$?; cat "$d/out.csv"; exit $s
< customer_id,order_date,amount
< A,2024-01-01,5
< B,2024-01-02,12.3.4
> old
! crm-import: line 3, column "amount": cannot parse "12.3.4" (more than one decimal point)
? 1
