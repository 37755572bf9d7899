# -o over a file only its owner may read: the new file keeps 0600, it
# does not become readable by all.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; echo old >out.csv; chmod 600 out.csv
$ "$balance" crm-abc -o out.csv in.csv; code=$?
$ stat -c %a out.csv; exit $code
> 600
! crm-abc: in.csv: line 3, column "monetary": cannot parse "x" (not a number)
? 0
