# --stats into a folder that is not there: the run fails before its
# output is in place, so -o is not written either.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\n' >in.csv
$ "$balance" crm-import -o out.csv --stats no/such/s.csv in.csv; code=$?
$ ls; exit $code
> in.csv
! crm-import: no/such/s.csv: No such file or directory
? 3
