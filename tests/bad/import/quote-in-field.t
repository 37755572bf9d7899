# A quote inside an unquoted field is part of the value: in an id it is
# kept (and quoted on the way out), in an amount it is rejected.
$ ../balance crm-import
< customer_id,order_date,amount
< A"x,2024-01-01,5
< B,2024-01-02,6"
< C,2024-01-03,7
> customer_id,order_date,amount,kind
> "A""x",2024-01-01,5.00,purchase
> C,2024-01-03,7.00,purchase
! crm-import: line 3, column "amount": cannot parse "6"" (not a number)
? 0
