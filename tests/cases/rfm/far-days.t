# Days far apart (two centuries, more than an acc's 16-bit offsets reach)
# and a customer with more distinct days than an acc holds, in reverse
# order with a repeated day: both summed as any other. Rows before 1970
# count in monetary (they were left out without --asof).
$ crm-rfm --summary-only -q
< customer_id,order_date,amount,kind
< A,2024-01-02,10.00,purchase
< A,1900-01-01,5.00,purchase
< A,2100-12-31,7.00,purchase
< A,1900-01-01,1.00,purchase
< B,2024-01-16,1.00,purchase
< B,2024-01-15,1.00,purchase
< B,2024-01-14,1.00,purchase
< B,2024-01-13,1.00,purchase
< B,2024-01-12,1.00,purchase
< B,2024-01-11,1.00,purchase
< B,2024-01-10,1.00,purchase
< B,2024-01-09,1.00,purchase
< B,2024-01-08,1.00,purchase
< B,2024-01-07,1.00,purchase
< B,2024-01-06,1.00,purchase
< B,2024-01-05,1.00,purchase
< B,2024-01-04,1.00,purchase
< B,2024-01-03,1.00,purchase
< B,2024-01-02,1.00,purchase
< B,2024-01-01,1.00,purchase
< B,2024-01-08,2.00,purchase
> customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
> A,1900-01-01,2100-12-31,2100-12-31,3,23.00,3,8.50
> B,2024-01-01,2024-01-16,2024-01-16,16,18.00,16,1.13
