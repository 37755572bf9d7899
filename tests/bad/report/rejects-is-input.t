# --rejects naming the input table.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv
$ "$balance" crm-report --by r_score --rejects in.csv in.csv; code=$?
$ cat in.csv; exit $code
> customer_id,monetary,frequency,recency_days,r_score,f_score,m_score
> a,10,1,5,5,1,1
> b,x,2,3,4,2,2
! crm-report: --rejects in.csv and the input in.csv are the same file
? 2
