# A NUL byte is a byte like another: in an id it stays (shown here as @),
# in a date the row is rejected and the message shows it as \x00.
$ printf 'customer_id,order_date,amount\nA\000B,2024-01-01,5\nC,2024-01-02\000,6\nD,2024-01-03,7\n' |
$     ../balance -f "tr '\000' @" crm-import
> customer_id,order_date,amount,kind
> A@B,2024-01-01,5.00,purchase
> D,2024-01-03,7.00,purchase
! crm-import: line 3, column "order_date": cannot parse "2024-01-02\x00" (not a date)
? 0
