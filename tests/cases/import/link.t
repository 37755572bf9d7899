# --link merges customers sharing an e-mail or phone; the smallest id names them.
$ crm-import -q --link email,phone --id-map ids.csv && cat ids.csv && rm ids.csv
< customer_id,order_date,amount,email,phone
< 20,2024-01-01,1,Ann@Example.com,
< 3,2024-01-02,2,ann@example.com ,
< 100,2024-01-03,3,,+1 (555) 010-0199
< 7,2024-01-04,4,bob@example.com,15550100199
< 9,2024-01-05,5,carol@example.com,
> customer_id,order_date,amount,kind
> 3,2024-01-01,1.00,purchase
> 3,2024-01-02,2.00,purchase
> 7,2024-01-03,3.00,purchase
> 7,2024-01-04,4.00,purchase
> 9,2024-01-05,5.00,purchase
> original_id,customer_id
> 20,3
> 3,3
> 100,7
> 7,7
> 9,9
