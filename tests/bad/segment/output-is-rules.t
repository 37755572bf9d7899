# -o naming the --rules file would replace the rules with the table.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; echo 'Big: monetary > 5' >r.rules
$ "$balance" crm-segment --rules r.rules -o r.rules in.csv; code=$?
$ cat r.rules; exit $code
> Big: monetary > 5
! crm-segment: -o r.rules and --rules r.rules are the same file
? 2
