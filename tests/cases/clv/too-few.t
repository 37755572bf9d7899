# Three customers are too few to fit a model to.
$ crm-clv
< customer_id,order_date,amount
< a,2024-01-01,5
< a,2024-02-01,5
< b,2024-01-02,5
< c,2024-01-03,5
! crm-clv: cannot fit bgnbd: too few customers to fit (3); need at least 10
? 1
