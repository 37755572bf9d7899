# A header and no rows with --allow-empty: an empty Pareto table, exit 0.
$ ../balance crm-abc --summary --allow-empty
< customer_id,monetary
> class,customers,customers_pct,value,value_pct,gini
> A,0,0.00,0.00,0.00,
> B,0,0.00,0.00,0.00,
> C,0,0.00,0.00,0.00,
> all,0,0.00,0.00,0.00,0.0000
> top1%,0,0.00,0.00,0.00,
> top5%,0,0.00,0.00,0.00,
> top10%,0,0.00,0.00,0.00,
> top20%,0,0.00,0.00,0.00,
! crm-abc: the top 20% of customers (0 of 0) give 0.00% of the value; Gini 0.0000
? 0
