# Summary rows that contradict themselves are rejected, not scored: three
# purchases and no purchase date, a purchase date and no purchase days,
# and a last row seen before the last purchase.
$ ../balance crm-rfm --from-summary --asof 2024-01-01
< customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
< a,,,2023-05-01,3,10.00,0,5.00
< b,2023-01-01,2023-01-01,2023-01-01,1,5.00,0,0.00
< c,2023-01-01,2023-03-01,2023-02-01,2,10.00,2,5.00
< e,2023-01-01,2023-06-01,2023-06-01,2,10.00,2,5.00
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> e,2023-01-01,2023-06-01,214,2,10.00,5.00,365,2,5.00,1,1,1,111,3,1,top20
! crm-rfm: line 2, column "frequency": cannot use "3" (purchases without a purchase date)
? 0
