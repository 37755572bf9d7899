# --breaks-out naming the -o file: two outputs, one file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; echo old >out.csv
$ "$balance" crm-rfm -o out.csv --breaks-out out.csv in.csv
! crm-rfm: -o out.csv and --breaks-out out.csv are the same file
? 2
