# --params-out and --summary-out naming one new file: refused by folder and
# name, before either is written.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'id,frequency,recency,T,monetary_value\na,1,2,3,10\nb,0,0,5,0\n' >in.csv
$ "$balance" crm-clv --from-summary --params-out p.csv --summary-out ./p.csv -o out.csv in.csv
! crm-clv: --params-out p.csv and --summary-out ./p.csv are the same file
? 2
