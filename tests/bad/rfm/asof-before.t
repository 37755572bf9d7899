# --asof before all the data: every row falls on or after it and is
# counted so; no customer is left, and the table is empty, not wrong.
$ ../balance crm-rfm --asof 2020-01-01
< customer_id,order_date,amount
< a,2024-01-01,5
< b,2024-01-02,6
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
! crm-rfm: r_score from recency_days: 5=none 4=none 3=none 2=none 1=none
? 0
