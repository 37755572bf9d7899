# --stats FILE: one row in, one row out, the rejects by reason.
$ s=$(mktemp); crm-segment -q -e 'big: monetary > 8' --default small --stats $s >/dev/null; cut -d, -f1,3-8 $s; rm -f $s
< customer_id,monetary
< a,10
< b,2
< c
> tool,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-segment,3,2,0,0,1,wrong field count=1
