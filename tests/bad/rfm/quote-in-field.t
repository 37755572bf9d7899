# A quote inside an unquoted field is part of the value: a"b is an id
# of its own, 6" is not an amount.
$ ../balance crm-rfm
< customer_id,order_date,amount
< a"b,2024-01-01,5
< a,2024-01-02,6"
< a,2024-01-03,7
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-03,2024-01-03,1,1,7.00,7.00,1,1,0.00,3,1,3,313,7,9,top20
> "a""b",2024-01-01,2024-01-01,3,1,5.00,5.00,3,1,0.00,1,1,1,111,3,1,bottom20
! crm-rfm: line 3, column "amount": cannot parse "6"" (not a number)
? 0
