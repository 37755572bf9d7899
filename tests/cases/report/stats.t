# --stats FILE with --previous: one row for each table read, the
# previous one named, standard input as "-".
$ s=$(mktemp); crm-report -q --previous week1.csv --stats $s >/dev/null; cut -d, -f1-8 $s; rm -f $s
< customer_id,monetary,segment
< 1,400,Gold
< 2,x,Silver
< 9,10,Silver
> tool,input,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-report,-,3,2,0,0,1,bad value=1
> crm-report,week1.csv,9,9,0,0,0,
