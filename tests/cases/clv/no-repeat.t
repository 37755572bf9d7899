# Nobody bought twice: nothing to fit, and the tool says so.
$ crm-clv
< customer_id,order_date,amount
< a,2024-01-01,5
< b,2024-01-02,5
< c,2024-01-03,5
< d,2024-01-04,5
< e,2024-01-05,5
< f,2024-01-06,5
< g,2024-01-07,5
< h,2024-01-08,5
< i,2024-01-09,5
< j,2024-01-10,5
< k,2024-01-11,5
! crm-clv: cannot fit bgnbd: no repeat purchases: nothing to fit
? 1
