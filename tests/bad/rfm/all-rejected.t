# Every row rejected (a bad date, a bad amount): no customer, exit 1,
# the counts by reason in the last message; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-rfm -o "$d/out.csv" 2>"$d/err"; s=$?; cat "$d/err" >&2; tail -n 1 "$d/err"; exit $s
< customer_id,order_date,amount
< a,2024-13-01,5
< b,2024-01-02,zz
> crm-rfm: no row could be used: all 2 rows were rejected (1 bad order_date, 1 bad amount); --rejects FILE keeps them all
! crm-rfm: line 2, column "order_date": cannot parse "2024-13-01" (month out of range)
? 1
