# -o naming a link whose target's path is longer than the link's: the
# target, deep in another folder, is replaced and the link kept.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nb,x,1\n' >in.csv; mkdir -p a/folder/deep/enough/to/be/longer; ln -s a/folder/deep/enough/to/be/longer/t.csv l.csv
$ "$balance" crm-rfm -o l.csv in.csv; code=$?
$ [ -L l.csv ] && head -c 11 a/folder/deep/enough/to/be/longer/t.csv; echo; exit $code
> customer_id
! crm-rfm: in.csv: line 3, column "order_date": cannot parse "x" (not a date)
? 0
