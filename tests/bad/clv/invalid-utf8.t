# Only crm-import checks encodings: a Latin-1 id is kept as it is, one
# customer (the \374 shown as ?).
$ printf 'customer_id,order_date,amount\nM\374ller,2024-01-01,5\nM\374ller,2024-02-01,6\n' |
$     ../balance -f "tr '\374' '?'" crm-clv --params params.csv
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> M?ller,1,4.43,4.43,6.00,0.753666,3.018508,14.90,43.08
! crm-clv: 2 rows read, 0 rejected; 1 customers scored, 0 without a purchase not scored
? 0
