# Transactions compressed with gzip are read as they are decompressed,
# told by their first bytes, whatever the file is called.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\na,2024-01-03,7\n' | gzip | crm-rfm -q
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a,2024-01-01,2024-01-03,1,2,12.00,6.00,3,2,7.00,1,1,1,111,3,1,top20
