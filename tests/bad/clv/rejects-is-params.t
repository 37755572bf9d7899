# --rejects naming the --params file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ cp params.csv "$d/p.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'id,frequency,recency,T,monetary_value\na,1,2,3,10\nb,0,0,5,0\n' >in.csv
$ "$balance" crm-clv --from-summary --params p.csv --rejects p.csv in.csv; code=$?
$ head -n 1 p.csv; exit $code
> model,param,value,se
! crm-clv: --rejects p.csv and --params p.csv are the same file
? 2
