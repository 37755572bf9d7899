# Columns crm-clv does not compute pass through byte for byte, before
# its own (parameters given, as three customers are too few to fit).
$ printf 'model,param,value,se\nbgnbd,r,0.25,\nbgnbd,alpha,4.4,\nbgnbd,a,0.8,\nbgnbd,b,2.4,\ngg,p,6.25,\ngg,q,3.74,\ngg,gamma,15.4,\n' >"${TMPDIR:-/tmp}/attrs-p.$$"; crm-clv -q --params "${TMPDIR:-/tmp}/attrs-p.$$"; s=$?; rm -f "${TMPDIR:-/tmp}/attrs-p.$$"; exit $s
< customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,region,owner
< 007,"Müller, Anna",+41791234567,2024-01-05,2024-02-05,25,3,330.00,110.00,56,3,115.00,4,4,4,444,12,64,top20,North,0042
< 012,"Li ""Lee""",+8613800000000,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,South,
< 013,Bo,,2024-02-01,2024-02-20,10,2,95.00,47.50,29,2,40.00,5,3,3,533,11,45,top20,North,0007
> customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,region,owner,p_alive,expected_purchases,expected_spend,clv
> 007,"Müller, Anna",+41791234567,2024-01-05,2024-02-05,25,3,330.00,110.00,56,3,115.00,4,4,4,444,12,64,top20,North,0042,0.670105,3.638322,100.64,350.56
> 012,"Li ""Lee""",+8613800000000,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,South,,1.000000,0.737628,35.13,24.75
> 013,Bo,,2024-02-01,2024-02-20,10,2,95.00,47.50,29,2,40.00,5,3,3,533,11,45,top20,North,0007,0.709087,2.928490,38.52,108.05
