# --window counts frequency and money in the last N days; --trend adds
# the window before it and the change.
$ crm-rfm -q --asof 2024-12-31 --window 1y --trend | cut -d, -f1,5,6,11-14
< customer_id,order_date,amount
< a,2023-03-01,100
< a,2023-06-01,100
< a,2024-03-01,50
< b,2024-02-01,10
< b,2022-12-30,99
< c,2023-05-05,40
> customer_id,frequency,monetary,prev_frequency,prev_monetary,monetary_change,monetary_change_pct
> a,1,50.00,2,200.00,-150.00,-75.00
> b,1,10.00,0,0.00,10.00,
> c,0,0.00,1,40.00,-40.00,-100.00
