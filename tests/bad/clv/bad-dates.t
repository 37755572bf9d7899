# 2023-02-29 and 0000-00-00 are rejected with line and column; a is
# scored on its two good rows.
$ ../balance crm-clv --params params.csv
< customer_id,order_date,amount
< a,2023-02-29,5
< a,0000-00-00,6
< a,2024-02-29,7
< a,2024-03-07,8
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,1,1.00,1.00,8.00,0.753666,4.084517,16.29,63.85
! crm-clv: line 2, column "order_date": cannot parse "2023-02-29" (no such day)
? 0
