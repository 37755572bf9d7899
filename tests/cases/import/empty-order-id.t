# Lines without an order id are summed per customer and day.
$ crm-import -q
< customer_id,order_date,amount,order_id
< A,2024-01-02,1,
< A,2024-01-02,2,
< A,2024-01-03,4,
< A,2024-01-03,8,X1
> customer_id,order_date,amount,kind,order_id
> A,2024-01-02,3.00,purchase,
> A,2024-01-03,4.00,purchase,
> A,2024-01-03,8.00,purchase,X1
