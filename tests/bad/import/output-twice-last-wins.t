# -o given twice writes the last file only, so an earlier -o naming the
# input is no clash: the run goes on.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv
$ "$balance" crm-import -o in.csv -o out.csv in.csv
! crm-import: in.csv: line 3, column "order_date": cannot parse "x" (not a date)
? 0
