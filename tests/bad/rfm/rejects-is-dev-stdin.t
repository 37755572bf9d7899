# --rejects /dev/stdin when standard input is a file: that file, by its
# inode, so it is refused like its name would be.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv
$ "$balance" crm-rfm --rejects /dev/stdin <in.csv; code=$?
$ cat in.csv; exit $code
> customer_id,order_date,amount
> a,2024-01-01,10
> b,x,1
! crm-rfm: --rejects /dev/stdin and standard input are the same file
? 2
