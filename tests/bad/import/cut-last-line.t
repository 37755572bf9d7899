# An export still being written: the last line stops in the middle of
# an amount (125.5 read as 12), with no line end. It is read, and the
# first thing said is that it had no end.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\nB,2024-01-02,12' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> B,2024-01-02,12.00,purchase
! crm-import: line 3: the last line has no line end; read as it is (was the file still being written?)
? 0
