# --stats FILE: the orders summed into customers are merged, those on or
# after --asof aside; the input is named, standard input as "-".
$ s=$(mktemp); crm-rfm -q --asof 2024-01-09 --stats $s >/dev/null; cut -d, -f1-8 $s; rm -f $s
< customer_id,order_date,amount,kind
< a,2024-01-02,15.00,purchase
< a,2024-01-04,1.00,purchase
< b,2024-01-05,2.50,purchase
< b,2024-01-09,7.50,purchase
< c,2024-01-06,oops,purchase
> tool,input,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-rfm,-,5,2,1,1,1,bad amount=1
