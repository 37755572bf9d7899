# --rejects naming the -o file: refused, out.csv left as it was.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; echo old >out.csv
$ "$balance" crm-abc --rejects out.csv -o out.csv in.csv
! crm-abc: --rejects out.csv and -o out.csv are the same file
? 2
