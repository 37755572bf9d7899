# --rejects naming the -o file: one rename would replace the other's rows.
# Refused before anything is read or written; out.csv stays as it was.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; echo old >out.csv
$ "$balance" crm-import --rejects out.csv -o out.csv in.csv
! crm-import: --rejects out.csv and -o out.csv are the same file
? 2
