# Given the encoding the message named, the same bytes are read.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' | iconv -f UTF-8 -t UTF-16LE |
$     ../balance crm-import --encoding UTF-16LE
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
