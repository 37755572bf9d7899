# Dates in the forms spreadsheets write, all out as ISO.
$ crm-import -q
< 会员号,交易日期,实付金额
< A,2024年3月5日,1
< B,20240306,2
< C,2024/03/07 14:30,3
< D,45000,4
< E,2024-03-09T10:00:00Z,5
> customer_id,order_date,amount,kind
> A,2024-03-05,1.00,purchase
> B,2024-03-06,2.00,purchase
> C,2024-03-07,3.00,purchase
> D,2023-03-15,4.00,purchase
> E,2024-03-09,5.00,purchase
