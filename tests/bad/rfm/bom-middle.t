# A byte-order mark before an id in the middle of the input (files put
# one after another) is dropped with the blanks: b is one customer.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\n\357\273\277b,2024-01-02,6\nb,2024-01-03,7\n' |
$     ../balance crm-rfm
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-01,3,1,5.00,5.00,3,1,0.00,1,1,1,111,3,1,bottom20
> b,2024-01-02,2024-01-03,1,2,13.00,6.50,2,2,7.00,3,3,3,333,9,27,top20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=3
? 0
