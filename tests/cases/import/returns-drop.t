# --returns drop leaves returns out, and says so in the balance.
$ crm-import --returns drop
< customer,date,amount
< A,2024-01-05,10
< A,2024-01-06,-4
< B,2024-01-07,(2.50)
> customer_id,order_date,amount,kind
> A,2024-01-05,10.00,purchase
! crm-import: 3 rows read = 1 written + 0 merged into orders + 2 returns dropped + 0 rejected; amount written 10.00
