# --holdout-out naming the -o file: two outputs, one file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv
$ "$balance" crm-clv --calibration-end 2024-01-01 --holdout-end 2024-02-01 --holdout-out out.csv -o out.csv in.csv
! crm-clv: --holdout-out out.csv and -o out.csv are the same file
? 2
