# A byte-order mark before an id in the middle (files put one after
# another) is dropped with the blanks: b is one customer with a repeat.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\n\357\273\277b,2024-01-02,6\nb,2024-02-02,7\n' |
$     ../balance crm-clv --params params.csv
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,0,0.00,4.57,0.00,1.000000,0.889934,35.17,29.92
> b,1,4.43,4.43,7.00,0.753666,3.018508,15.60,45.09
! crm-clv: 3 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
