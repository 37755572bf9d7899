# A header and no rows with --allow-empty: no customers, the header of
# the table, exit 0 (the behaviour before issue 17).
$ ../balance crm-rfm --allow-empty
< customer_id,order_date,amount
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
! crm-rfm: r_score from recency_days: 5=none 4=none 3=none 2=none 1=none
? 0
