# The change in percent is rounded once, to hundredths: 3.91 on 195.99
# is 1.99499...%, so 1.99, not 2.00.
$ crm-rfm -q --asof 2024-12-31 --window 1y --trend | cut -d, -f1,6,12-14
< customer_id,order_date,amount
< a,2023-06-01,195.99
< a,2024-06-01,199.90
> customer_id,monetary,prev_monetary,monetary_change,monetary_change_pct
> a,199.90,195.99,3.91,1.99
