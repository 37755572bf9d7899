# --centroids naming the -o file: two outputs, one file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary,frequency,recency_days,r_score,f_score,m_score\na,10,1,5,5,1,1\nb,x,2,3,4,2,2\n' >in.csv
$ "$balance" crm-segment --kmeans 2 --cols frequency --centroids out.csv -o out.csv in.csv
! crm-segment: --centroids out.csv and -o out.csv are the same file
? 2
