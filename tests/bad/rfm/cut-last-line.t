# The last line has no line end (the export was still being written):
# read, and said first.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\nb,2024-01-02,12' |
$     ../balance crm-rfm --asof 2024-01-03
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-01,2,1,5.00,5.00,2,1,0.00,1,1,1,111,3,1,bottom20
> b,2024-01-02,2024-01-02,1,1,12.00,12.00,1,1,0.00,3,1,3,313,7,9,top20
! crm-rfm: line 3: the last line has no line end; read as it is (was the file still being written?)
? 0
