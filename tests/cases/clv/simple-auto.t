# --retention auto: of the customers who bought in the year before the
# last, the share who bought again in the last (here 1 of 2).
$ crm-clv -q --model simple --discount 0 --horizon 104 | cut -d, -f1,6
< customer_id,order_date,amount
< a,2023-03-01,40
< a,2024-06-01,100
< b,2023-06-01,10
< c,2024-12-31,10
> customer_id,clv
> a,150.00
> b,0.00
> c,15.00
