# Rules segment by any attribute, strings compared exactly, beside a
# whole-table figure; the other columns pass through byte for byte.
$ crm-segment -q -e 'North VIP: region = "North" and pct(monetary) >= 60' -e 'Owned: owner != ""' --default other
< customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,region,owner
< 007,"Müller, Anna",+41791234567,2024-01-05,2024-02-05,25,3,330.00,110.00,56,3,115.00,4,4,4,444,12,64,top20,North,0042
< 012,"Li ""Lee""",+8613800000000,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,South,
< 013,Bo,,2024-02-01,2024-02-20,10,2,95.00,47.50,29,2,40.00,5,3,3,533,11,45,top20,North,0007
> customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,region,owner,segment
> 007,"Müller, Anna",+41791234567,2024-01-05,2024-02-05,25,3,330.00,110.00,56,3,115.00,4,4,4,444,12,64,top20,North,0042,North VIP
> 012,"Li ""Lee""",+8613800000000,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,South,,other
> 013,Bo,,2024-02-01,2024-02-20,10,2,95.00,47.50,29,2,40.00,5,3,3,533,11,45,top20,North,0007,Owned
