# An empty date in crm-rfm's table is no date (crm(7)): with first_date
# empty the customer has no purchase and is written unscored; with only
# last_date empty the row contradicts itself and is rejected.
$ ../balance crm-clv --model simple --retention 0.5
< customer_id,first_date,last_date,purchase_days,repeat_monetary,monetary,recency_days
< a,2024-01-01,,2,10,20,5
< b,2024-01-01,2024-02-01,2,10,20,5
< c,,,0,0,0,
> customer_id,first_date,last_date,purchase_days,repeat_monetary,monetary,recency_days,clv
> b,2024-01-01,2024-02-01,2,10,20,5,20.00
> c,,,0,0,0,,
! crm-clv: line 2, column "last_date": cannot use ""
