# --cancel-prefix without an order id column is a usage error.
$ crm-import --cancel-prefix C
< customer_id,order_date,amount
< A,2024-01-02,1
! crm-import: --cancel-prefix needs an order_id column; name one with --map order_id=COLUMN (columns: "customer_id", "order_date", "amount")
? 2
