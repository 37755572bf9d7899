# --id-map naming the input: refused before the input is read.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv
$ "$balance" crm-import --link customer_id --id-map in.csv in.csv; code=$?
$ cat in.csv; exit $code
> customer_id,order_date,amount
> a,2024-01-01,10
> b,x,1
! crm-import: --id-map in.csv and the input in.csv are the same file
? 2
