# Currency signs, thousands separators and accounting negatives.
$ crm-import -q
< customer_id;order_date;amount
< A;2024-03-05;¥1,234.50
< B;2024-03-05;"$ 1,000,000"
< C;2024-03-05;(1,234.50)
< D;2024-03-05;RMB 88
< E;2024-03-05;100元
> customer_id,order_date,amount,kind
> A,2024-03-05,1234.50,purchase
> B,2024-03-05,1000000.00,purchase
> C,2024-03-05,-1234.50,return
> D,2024-03-05,88.00,purchase
> E,2024-03-05,100.00,purchase
