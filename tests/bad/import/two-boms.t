# A file saved twice through a tool that adds a byte-order mark: both
# marks are skipped, and customer_id is found.
$ printf '\357\273\277\357\273\277customer_id,order_date,amount\nA,2024-01-01,5\n' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
