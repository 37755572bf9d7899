# Quotes inside a quoted field that are not doubled, but the field ends
# on its line: read as libcsv reads it, the quotes kept.
$ ../balance crm-import --keep note
< customer_id,order_date,amount,note
< A,2024-01-01,5,"TV 12" disc, "best" deal"
< B,2024-01-02,6,x
> customer_id,order_date,amount,kind,note
> A,2024-01-01,5.00,purchase,"TV 12"" disc, ""best"" deal"
> B,2024-01-02,6.00,purchase,x
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 11.00
? 0
