# --rejects over a file only its owner and group may read: kept 0640,
# while the new -o file gets 0666 less the umask.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ umask 022; printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv; echo old >rej.csv; chmod 640 rej.csv
$ "$balance" crm-segment -e 'Big: frequency > 0' --rejects rej.csv -o out.csv in.csv; code=$?
$ stat -c %a rej.csv out.csv; exit $code
> 640
> 644
! crm-segment: 2 customers by rule:
? 0
