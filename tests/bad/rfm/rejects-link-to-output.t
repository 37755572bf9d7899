# --rejects naming a link to the -o file: the same file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; echo old >out.csv; ln -s out.csv rej.csv
$ "$balance" crm-rfm --rejects rej.csv -o out.csv in.csv
! crm-rfm: --rejects rej.csv and -o out.csv are the same file
? 2
