# A quote inside an unquoted field is part of the value: a"b is a
# customer of its own, the amount 6" is rejected.
$ ../balance crm-clv --params params.csv
< customer_id,order_date,amount
< a"b,2024-01-01,5
< a,2024-01-02,6"
< a,2024-01-03,7
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,0,0.00,0.00,0.00,1.000000,1.444060,35.17,48.66
> "a""b",0,0.00,0.29,0.00,1.000000,1.386723,35.17,46.72
! crm-clv: line 3, column "amount": cannot parse "6"" (not a number)
? 0
