# Line ends of CR alone (old Mac exports): each CR ends a line, so every
# row is read, not one header with the data glued into its names.
$ printf 'customer_id,order_date,amount\rA,2024-01-01,5\rB,2024-01-02,6\rC,2024-01-03,7\r' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> B,2024-01-02,6.00,purchase
> C,2024-01-03,7.00,purchase
! crm-import: 3 rows read = 3 written + 0 merged into orders + 0 rejected; amount written 18.00
? 0
