# Only crm-import checks encodings: bytes that are not UTF-8 in an id
# are kept as they are, one customer each (the \374 shown as ?).
$ printf 'customer_id,order_date,amount\nM\374ller,2024-01-01,5\nM\374ller,2024-01-02,6\n' |
$     ../balance -f "tr '\374' '?'" crm-rfm
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> M?ller,2024-01-01,2024-01-02,1,2,11.00,5.50,2,2,6.00,1,1,1,111,3,1,top20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=none 2=none 1=1
? 0
