# Transactions with a header and no rows, --allow-empty: no customers to
# score, an empty table and exit 0 (the behaviour before issue 17).
$ ../balance crm-clv --allow-empty --params params.csv
< customer_id,order_date,amount
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
! crm-clv: 0 rows read, 0 rejected; 0 customers scored, 0 without a purchase not scored
? 0
