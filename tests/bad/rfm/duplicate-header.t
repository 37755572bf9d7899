# Two customer_id columns: the first is the one used.
$ ../balance crm-rfm
< customer_id,order_date,amount,customer_id
< a,2024-01-01,5,x
< b,2024-01-02,6,x
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-01,2,1,5.00,5.00,2,1,0.00,1,1,1,111,3,1,bottom20
> b,2024-01-02,2024-01-02,1,1,6.00,6.00,1,1,0.00,3,1,3,313,7,9,top20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=2
? 0
