# 1e309, -- and 12.3.4 are rejected; a's good row is kept.
$ ../balance crm-rfm
< customer_id,order_date,amount
< a,2024-01-01,1e309
< a,2024-01-02,--
< a,2024-01-03,12.3.4
< a,2024-01-04,1
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-04,2024-01-04,1,1,1.00,1.00,1,1,0.00,1,1,1,111,3,1,top20
! crm-rfm: line 2, column "amount": cannot parse "1e309" (out of range)
? 0
