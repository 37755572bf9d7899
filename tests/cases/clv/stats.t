# --stats FILE from transactions: each customer's rows are summed into
# one, so they count as merged; the unscored customers are written.
$ s=$(mktemp); crm-clv -q --model simple --retention 0.5 --calibration-end 2024-06-30 --stats $s >/dev/null; cut -d, -f1,3-8 $s; rm -f $s
< customer_id,order_date,amount,kind
< p,2023-06-01,40,purchase
< p,2024-06-01,100,purchase
< q,2024-03-01,10,purchase
< r,2024-02-01,-5,return
< s,2024-07-15,30,purchase
< p,2024-07-20,5,purchase
> tool,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-clv,6,4,2,0,0,
