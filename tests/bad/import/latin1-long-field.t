# 400,000 Latin-1 letters in one field, each two bytes in UTF-8: the
# decoded line outgrows the buffer and the buffer grows with it.
$ { echo customer_id,order_date,amount,note
$   printf 'A,2024-01-01,5,'; head -c 400000 /dev/zero | tr '\000' '\351'; echo
$   echo B,2024-01-02,6,x
$ } | ../balance -f "cut -b 1-31" crm-import --encoding latin1 --keep note
> customer_id,order_date,amount,k
> A,2024-01-01,5.00,purchase,éé
> B,2024-01-02,6.00,purchase,x
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 11.00
? 0
