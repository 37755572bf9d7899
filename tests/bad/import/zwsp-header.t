# A zero-width space before a header name (pasted from a web page): it
# is dropped, and the column found.
$ printf '\342\200\213customer_id,order_date\342\200\213,amount\nA,2024-01-01,5\n' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
