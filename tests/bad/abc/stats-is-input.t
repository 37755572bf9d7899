# --stats naming the input: the counts would replace the customers.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary\na,10\n' >in.csv
$ "$balance" crm-abc --stats in.csv in.csv; code=$?
$ cat in.csv; exit $code
> customer_id,monetary
> a,10
! crm-abc: --stats in.csv and the input in.csv are the same file
? 2
