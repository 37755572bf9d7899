# Every customer of the transactions keeps a row: c only returned goods,
# d first bought after the calibration end; both are written unscored
# and counted as without a purchase.
$ crm-clv --model simple --retention 0.5 --calibration-end 2024-06-30 | cut -d, -f1,2,6
< customer_id,order_date,amount,kind
< a,2023-06-01,40,purchase
< a,2024-06-01,100,purchase
< b,2024-03-01,10,purchase
< c,2024-02-01,-5,return
< d,2024-07-15,30,purchase
< a,2024-07-20,5,purchase
> customer_id,frequency,clv
> a,1,100.00
> b,0,10.00
> c,,
> d,,
! crm-clv: 6 rows read, 0 rejected; 2 customers scored, 2 without a purchase not scored (1 first seen after the calibration end)
