# Summary rows whose days cannot be scored are rejected, not given a
# negative recency: a last purchase before the first, one given without
# a first, and (--asof before the parts' days) a day on or after it.
$ ../balance crm-rfm --from-summary --asof 2024-01-01
< customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
< a,2023-05-01,2023-01-01,2023-05-01,2,10.00,2,5.00
< b,,2023-01-01,2023-01-01,1,5.00,1,0.00
< c,2023-01-01,2024-03-01,2024-03-01,2,10.00,2,5.00
< d,2023-01-01,2023-02-01,2024-02-01,2,10.00,2,5.00
< e,2023-01-01,2023-06-01,2023-06-01,2,10.00,2,5.00
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> e,2023-01-01,2023-06-01,214,2,10.00,5.00,365,2,5.00,1,1,1,111,3,1,top20
! crm-rfm: line 2, column "last_date": cannot use "2023-01-01" (before first_date)
? 0
