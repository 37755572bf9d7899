# A later day-first date settles the order; earlier rows keep their place.
$ crm-import -q
< customer_id,order_date,amount
< A,3/4/2024,1
< B,5/5/2024,2
< C,25/4/2024,3
< D,1/2/2024,4
> customer_id,order_date,amount,kind
> A,2024-04-03,1.00,purchase
> B,2024-05-05,2.00,purchase
> C,2024-04-25,3.00,purchase
> D,2024-02-01,4.00,purchase
