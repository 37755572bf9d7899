# A flag column marks cancellations; with =VALUE only that value counts.
$ crm-import -q --cancel-flag Status=cancelled
< cust_id,date,total,Status
< A,2024-01-05,10,paid
< A,2024-01-06,4,Cancelled
> customer_id,order_date,amount,kind
> A,2024-01-05,10.00,purchase
> A,2024-01-06,-4.00,return
