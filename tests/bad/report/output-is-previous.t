# -o naming the --previous table: last week's table would be lost.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; cp in.csv last.csv
$ "$balance" crm-report --by r_score -v frequency --previous last.csv -o last.csv in.csv
! crm-report: -o last.csv and --previous last.csv are the same file
? 2
