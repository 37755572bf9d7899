# Two amount columns: the first is the one summed.
$ ../balance crm-clv --params params.csv
< customer_id,order_date,amount,amount
< a,2024-01-01,5,50
< a,2024-02-01,6,60
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,1,4.43,4.43,6.00,0.753666,3.018508,14.90,43.08
! crm-clv: 2 rows read, 0 rejected; 1 customers scored, 0 without a purchase not scored
? 0
