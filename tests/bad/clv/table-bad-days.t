# Rows of crm-rfm's table the models cannot take are rejected, not
# scored NaN: a last purchase before the first, one after the
# --calibration-end, purchase_days not a whole count.
$ ../balance crm-clv --params params.csv --calibration-end 2024-06-30
< customer_id,first_date,last_date,recency_days,purchase_days,repeat_monetary
< a,2024-05-01,2024-01-01,60,3,5.00
< b,2024-01-01,2024-08-01,1,2,5.00
< c,2024-01-01,2024-02-01,150,2.5,5.00
< d,2024-01-01,2024-05-01,60,2,5.00
< e,,,,0,0.00
> customer_id,first_date,last_date,recency_days,purchase_days,repeat_monetary,p_alive,expected_purchases,expected_spend,clv
> d,2024-01-01,2024-05-01,60,2,5.00,0.669206,1.098911,14.21,14.89
> e,,,,0,0.00,,,,
! crm-clv: line 2, column "last_date": cannot use "2024-01-01" (before first_date)
? 0
