# 1e309, -- and 12.3.4 are not amounts: each row is rejected with why.
$ ../balance crm-import
< customer_id,order_date,amount
< A,2024-01-01,1e309
< B,2024-01-02,--
< C,2024-01-03,12.3.4
< D,2024-01-04,1e3
> customer_id,order_date,amount,kind
> D,2024-01-04,1000.00,purchase
! crm-import: line 2, column "amount": cannot parse "1e309" (out of range)
? 0
