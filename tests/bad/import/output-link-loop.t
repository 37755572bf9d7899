# -o naming a loop of symbolic links: an I/O error that names it, and
# nothing written.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; ln -s l2 l1; ln -s l1 l2
$ "$balance" crm-import -o l1 in.csv; code=$?
$ ls -A; exit $code
> in.csv
> l1
> l2
! crm-import: l1: Too many levels of symbolic links
? 3
