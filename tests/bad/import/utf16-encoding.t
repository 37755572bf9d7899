# With --encoding utf-16 the same kind of file is read: the mark gives
# the byte order, u with diaeresis comes out as UTF-8.
$ printf '\377\376i\000d\000,\000d\000a\000t\000e\000,\000a\000m\000o\000u\000n\000t\000\n\000\374\000,\0002\0000\0002\0004\000-\0000\0001\000-\0000\0002\000,\0005\000\n\000' |
$     ../balance crm-import --encoding utf-16 --map customer_id=id
> customer_id,order_date,amount,kind
> ü,2024-01-02,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
