# Ids of 1 MB: two rows of one such customer, one of another, are
# summed as orders by id and written whole (their last bytes shown).
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,order_date,amount,order_id
$   echo "$x,2024-01-01,5,o1"; echo "$x,2024-01-01,6,o1"; echo "${x}y,2024-01-02,7,o2"
$ } | ../balance -f "cut -b 999995-" crm-import
>
> xxxxxx,2024-01-01,11.00,purchase,o1
> xxxxxxy,2024-01-02,7.00,purchase,o2
! crm-import: 3 rows read = 2 written + 1 merged into orders + 0 rejected; amount written 18.00
? 0
