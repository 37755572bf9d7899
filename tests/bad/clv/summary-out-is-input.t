# --summary-out naming the input summary would replace it.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'id,frequency,recency,T,monetary_value\na,1,2,3,10\nb,0,0,5,0\n' >in.csv
$ "$balance" crm-clv --from-summary --summary-out in.csv in.csv; code=$?
$ cat in.csv; exit $code
> id,frequency,recency,T,monetary_value
> a,1,2,3,10
> b,0,0,5,0
! crm-clv: --summary-out in.csv and the input in.csv are the same file
? 2
