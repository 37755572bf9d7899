# 100 000 columns, the three needed at the end.
$ awk 'BEGIN { for (i = 1; i < 100000 - 2; i++) printf "c%d,", i
$     print "customer_id,order_date,amount"
$     for (r = 1; r <= 2; r++) {
$         for (i = 1; i < 100000 - 2; i++) printf "%d,", i
$         printf "id%d,2024-01-0%d,%d\n", r, r, r } }' |
$     ../balance crm-rfm
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> id1,2024-01-01,2024-01-01,2,1,1.00,1.00,2,1,0.00,1,1,1,111,3,1,bottom20
> id2,2024-01-02,2024-01-02,1,1,2.00,2.00,1,1,0.00,3,1,3,313,7,9,top20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=2
? 0
