# --stats FILE: the summary line's counts as one CSV row (the seconds
# left out here), the rejects by reason; rows read = written + merged +
# aside + rejected, aside being the returns dropped.
$ s=$(mktemp); crm-import -q --returns drop --stats $s >/dev/null; cut -d, -f1,3-8 $s; rm -f $s
< customer_id,order_date,amount,order_id
< a,2024-01-02,10.00,1
< a,2024-01-02,5.00,1
< b,2024-01-05,x,2
< ,2024-01-06,3.00,3
< c,2024-02-01,-4.00,4
< b,2024-01-09,7.50,5
> tool,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-import,6,2,1,1,2,bad amount=1;missing customer_id=1
