# --rejects naming the second of two inputs: any input counts.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; cp in.csv more.csv
$ "$balance" crm-import --rejects more.csv in.csv more.csv; code=$?
$ cat more.csv; exit $code
> customer_id,order_date,amount
> a,2024-01-01,10
> b,x,1
! crm-import: --rejects more.csv and the input more.csv are the same file
? 2
