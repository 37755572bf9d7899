# CR alone ends a line: every customer is read, not one header line
# that leaves 0 rows and exit 0.
$ printf 'customer_id,order_date,amount\ra,2024-01-01,5\rb,2024-01-02,6\ra,2024-01-03,7\r' |
$     ../balance crm-rfm --asof 2024-01-04
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-03,1,2,12.00,6.00,3,2,7.00,3,3,3,333,9,27,top20
> b,2024-01-02,2024-01-02,2,1,6.00,6.00,2,1,0.00,1,1,1,111,3,1,bottom20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=2
? 0
