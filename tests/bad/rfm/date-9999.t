# 9999-12-31, a system's "no date", as an order date would move the
# as-of date 8000 years ahead and every other customer's recency with
# it: rejected with its reason, the rest scored as of the day after 2024-01-01.
$ ../balance crm-rfm
< customer_id,order_date,amount
< a,2024-01-01,10
< b,9999-12-31,5
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-01,1,1,10.00,10.00,1,1,0.00,1,1,1,111,3,1,top20
! crm-rfm: line 3, column "order_date": cannot parse "9999-12-31" (year 9999, a placeholder for no date)
? 0
