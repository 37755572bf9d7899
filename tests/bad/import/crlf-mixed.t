# CRLF and LF line ends in one file: each row ends at its LF, the CR
# goes; a CR LF inside quotes is part of the value and stays, quoted
# (the CR shown here as ~).
$ printf 'customer_id,order_date,amount,note\r\nA,2024-01-01,5,"x\r\ny"\nB,2024-01-02,6,z\r\nC,2024-01-03,7,w\n' |
$     ../balance -f "tr '\r' '~'" crm-import --keep note
> customer_id,order_date,amount,kind,note
> A,2024-01-01,5.00,purchase,"x~
> y"
> B,2024-01-02,6.00,purchase,z
> C,2024-01-03,7.00,purchase,w
! crm-import: 3 rows read = 3 written + 0 merged into orders + 0 rejected; amount written 18.00
? 0
