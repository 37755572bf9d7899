# A 10 MB quoted id is read whole and written whole (cut to 20 bytes
# here); a 10 MB amount is rejected with its value cut short.
$ { echo customer_id,order_date,amount
$   printf '"'; head -c 10000000 /dev/zero | tr '\000' x; echo '",2024-01-01,5'
$   printf 'B,2024-01-02,'; head -c 10000000 /dev/zero | tr '\000' 1; echo
$   echo C,2024-01-03,7
$ } | ../balance -f "cut -b 1-20" crm-import
> customer_id,order_da
> xxxxxxxxxxxxxxxxxxxx
> C,2024-01-03,7.00,pu
! crm-import: line 3, column "amount": cannot parse "111111111111111111111111111111111111111111111111111111111111..." (out of range)
? 0
