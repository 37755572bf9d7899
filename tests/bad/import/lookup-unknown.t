# --lookup of an id no row has, and no linked value is: a data error,
# nothing written.
$ ../balance crm-import --link phone --lookup X
< customer_id,order_date,amount,phone
< A,2024-01-01,10,555-0101
! crm-import: --lookup "X": neither a customer id nor a --link value of the input
? 1
