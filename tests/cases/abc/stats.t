# --stats FILE, with --summary too: the rows ranked are the rows written,
# though the output is the Pareto table.
$ s=$(mktemp); crm-abc -q --summary --stats $s >/dev/null; cut -d, -f1,3-8 $s; rm -f $s
< customer_id,monetary
< a,50
< b,x
< c,10
> tool,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-abc,3,2,0,0,1,bad value=1
