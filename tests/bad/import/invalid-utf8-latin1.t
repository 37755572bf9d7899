# The same bytes read with the encoding the message named.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\nM\374ller,2024-01-02,6\n' |
$     ../balance crm-import --encoding latin1
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> Müller,2024-01-02,6.00,purchase
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 11.00
? 0
