# A calibration end before the first purchase leaves no one to fit.
$ crm-clv --calibration-end 2020-01-01
< customer_id,order_date,amount
< a,2024-01-01,5
< a,2024-02-01,5
! crm-clv: no customer bought on or before the calibration end
? 1
