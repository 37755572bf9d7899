# A part's file is the input: writing it would destroy the data; refused.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\n' >tx.1.csv
$ "$balance" crm-import --partition 2 -o tx.csv tx.1.csv; code=$?
$ cat tx.1.csv; exit $code
> customer_id,order_date,amount
> a,2024-01-01,10
! crm-import: -o (part 1) tx.1.csv and the input tx.1.csv are the same file
? 2
