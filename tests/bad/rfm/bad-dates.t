# 2023-02-29 and 0000-00-00 are rejected with their line and column,
# and counted; the rejects file holds both.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-rfm --rejects "$d/r.csv"; s=$?; cut -d, -f1 "$d/r.csv"; exit $s
< customer_id,order_date,amount
< a,2023-02-29,5
< b,0000-00-00,6
< c,2024-02-29,7
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> c,2024-02-29,2024-02-29,1,1,7.00,7.00,1,1,0.00,1,1,1,111,3,1,top20
> line
> 2
> 3
! crm-rfm: line 2, column "order_date": cannot parse "2023-02-29" (no such day)
? 0
