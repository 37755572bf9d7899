# Every transaction rejected: no customer to score, exit 1 with the
# counts by reason, before any fit is tried; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv -q --params params.csv -o "$d/out.csv"
< customer_id,order_date,amount
< a,2024-13-01,5
< b,2024-01-02,zz
! crm-clv: no row could be used: all 2 rows were rejected (1 bad order_date, 1 bad amount); --rejects FILE keeps them all
? 1
