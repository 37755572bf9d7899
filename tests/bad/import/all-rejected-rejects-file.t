# Every row rejected with --rejects: the rejects file is kept (it is what
# the user needs), the message names it, and -o leaves no file.
$ b=$PWD/../balance d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ $b crm-import -q -o out.csv --rejects r.csv; s=$?; cut -d, -f1 r.csv; ls; exit $s
< customer_id,order_date,amount
< A,2024-01-01,x
< B,2024-01-02,y
> line
> 2
> 3
> r.csv
! crm-import: no row could be used: all 2 rows were rejected (2 bad amount); the rejected rows are in r.csv
? 1
