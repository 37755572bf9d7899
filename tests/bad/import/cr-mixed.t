# CR, LF and CR LF in one file each end a line; a CR LF and a lone CR
# inside quotes stay in the value (shown as ~).
$ printf 'customer_id,order_date,amount,note\rA,2024-01-01,5,"x\ry"\nB,2024-01-02,6,"z\r\nw"\r\nC,2024-01-03,7,v\n' |
$     ../balance -f "tr '\r' '~'" crm-import --keep note
> customer_id,order_date,amount,kind,note
> A,2024-01-01,5.00,purchase,"x~y"
> B,2024-01-02,6.00,purchase,"z~
> w"
> C,2024-01-03,7.00,purchase,v
! crm-import: 3 rows read = 3 written + 0 merged into orders + 0 rejected; amount written 18.00
? 0
