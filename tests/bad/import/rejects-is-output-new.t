# --rejects and -o naming one file not there yet, by two spellings: the
# same folder and name are the same file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv
$ "$balance" crm-import -o ./new.csv --rejects new.csv in.csv
! crm-import: -o ./new.csv and --rejects new.csv are the same file
? 2
