# --date-format takes a strptime pattern.
$ crm-import -q --date-format %d/%m/%Y
< customer_id,order_date,amount
< A,3/4/2024,1
> customer_id,order_date,amount,kind
> A,2024-04-03,1.00,purchase
