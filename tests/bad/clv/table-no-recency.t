# Without recency_days the calibration ends on the latest purchase of
# all, not on the first row's: b's last purchase, after a's, is within
# it (p_alive and the rest from a T at least its recency).
$ ../balance crm-clv --params params.csv
< customer_id,first_date,last_date,purchase_days,repeat_monetary
< a,2024-01-01,2024-01-05,2,5.00
< b,2024-01-01,2024-06-01,2,5.00
> customer_id,first_date,last_date,purchase_days,repeat_monetary,p_alive,expected_purchases,expected_spend,clv
> a,2024-01-01,2024-01-05,2,5.00,0.280863,0.518224,14.21,7.03
> b,2024-01-01,2024-06-01,2,5.00,0.753666,1.390598,14.21,18.85
! crm-clv: 2 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
