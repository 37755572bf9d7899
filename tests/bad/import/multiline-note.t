# A quoted note over three lines whose lines do not read as rows (too
# few fields) is a value like another and kept whole.
$ ../balance crm-import --keep note
< customer_id,order_date,amount,note
< A,2024-01-01,5,"Acme Corp
< 12 Main St, Springfield
< call first"
< B,2024-01-02,6,x
> customer_id,order_date,amount,kind,note
> A,2024-01-01,5.00,purchase,"Acme Corp
> 12 Main St, Springfield
> call first"
> B,2024-01-02,6.00,purchase,x
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 11.00
? 0
