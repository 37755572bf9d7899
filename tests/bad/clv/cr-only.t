# CR alone ends a line: the transactions are all read and scored.
$ printf 'customer_id,order_date,amount\ra,2024-01-01,5\rb,2024-01-02,6\ra,2024-02-01,7\r' |
$     ../balance crm-clv --params params.csv
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,1,4.43,4.43,7.00,0.753666,3.018508,15.60,45.09
> b,0,0.00,4.29,0.00,1.000000,0.910829,35.17,30.62
! crm-clv: 3 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
