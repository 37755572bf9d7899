# Two outputs to /dev/null are no clash: a device is written in place, and
# outputs are compared only when they are files.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ cp params.csv "$d/p.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'id,frequency,recency,T,monetary_value\na,1,2,3,10\nb,0,0,5,0\n' >in.csv
$ "$balance" crm-clv --from-summary --params p.csv --summary-out /dev/null --params-out /dev/null -o out.csv in.csv
! crm-clv: 2 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
