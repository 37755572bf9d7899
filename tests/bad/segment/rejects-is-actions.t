# --rejects naming the --actions file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; printf 'segment,gift\nBig,yes\n' >plan.csv
$ "$balance" crm-segment -e 'Big: frequency > 0' --actions plan.csv --rejects plan.csv in.csv; code=$?
$ cat plan.csv; exit $code
> segment,gift
> Big,yes
! crm-segment: --rejects plan.csv and --actions plan.csv are the same file
? 2
