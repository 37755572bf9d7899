# --asof before all the data with --allow-empty: the empty table, exit 0,
# every row counted as on or after the as-of date.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-rfm --asof 2020-01-01 --allow-empty 2>"$d/err"; s=$?; tail -n 1 "$d/err" >&2; exit $s
< customer_id,order_date,amount
< a,2024-01-01,5
< b,2024-01-02,6
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
! crm-rfm: 2 rows read = 0 used + 2 on or after 2020-01-01 + 0 rejected; 0 customers
? 0
