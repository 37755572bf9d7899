# Sums per customer: orders, net money with returns, purchase days, the
# mean of the repeat days; as-of the day after the last date; ids sorted
# as numbers.
$ crm-rfm
< customer_id,order_date,amount,kind,order_id
< 10,2024-03-01,100.00,purchase,A1
< 10,2024-03-01,50.00,purchase,A2
< 10,2024-03-05,30.00,purchase,A3
< 10,2024-03-09,-20.00,return,A4
< 9,2024-03-02,10.00,purchase,B1
< 9,2024-03-03,-10.00,return,B2
< 11,2024-03-04,-5.00,return,C1
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> 9,2024-03-02,2024-03-02,8,1,0.00,0.00,8,1,0.00,2,2,2,222,6,8,mid60
> 10,2024-03-01,2024-03-05,5,3,160.00,53.33,9,2,30.00,4,4,4,444,12,64,top20
> 11,,,,0,-5.00,,,0,0.00,1,1,1,111,3,1,bottom20
! crm-rfm: r_score from recency_days: 5=none 4=5 3=none 2=8 1=(no purchase)
