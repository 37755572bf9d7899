# Customer attributes after the group column are no plan: grouped by
# rfm_group (no crm-segment), region and owner, the same within each
# group here, are not shown as segment actions; after crm-segment the
# actions are its plan columns alone, the attributes read through.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cat >"$d/c.csv"
$ crm-report -q "$d/c.csv" | grep -c "Segment actions" || true
$ printf 'segment,channel\nA,phone\nB,mail\n' >"$d/plan.csv"
$ crm-segment -q -e 'A: region = "North"' -e 'B: 1' --actions "$d/plan.csv" "$d/c.csv" | crm-report -q | sed -n '/^Segment actions/,$p'
< customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,region,owner
< 007,"Müller, Anna",+41791234567,2024-01-05,2024-02-05,25,3,330.00,110.00,56,3,115.00,4,4,4,444,12,64,top20,North,0042
< 012,"Li ""Lee""",+8613800000000,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,South,
< 013,Bo,,2024-02-01,2024-02-20,10,2,95.00,47.50,29,2,40.00,5,3,3,533,11,45,top20,North,0007
> 0
> Segment actions
> ---------------
> 
>   Group  channel
>   -----  -------
>   A      phone
>   B      mail
