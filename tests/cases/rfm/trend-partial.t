# --trend warns when the data starts after the previous window's first
# day: here, as with Online Retail as of 2011-12-10, the previous year
# holds 9 days of data, so the change compares a full year with 9 days.
$ crm-rfm --asof 2024-12-31 --window 1y --trend | cut -d, -f1,6,12-14
< customer_id,order_date,amount
< a,2023-12-22,100
< a,2024-06-01,150
< b,2024-03-01,20
! crm-rfm: the previous window (2022-12-31 to 2023-12-30) is only partly covered by the data, which starts on 2023-12-22: 9 of 365 days; the change columns compare a full window with a partial one
> customer_id,monetary,prev_monetary,monetary_change,monetary_change_pct
> a,150.00,100.00,50.00,50.00
> b,20.00,0.00,20.00,
