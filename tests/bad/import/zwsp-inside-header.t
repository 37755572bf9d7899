# A zero-width space inside a header name cannot be dropped: the list of
# columns in the message shows it, so that the cause can be seen.
$ printf 'customer\342\200\213_id,order_date,amount\nA,2024-01-01,5\n' |
$     ../balance crm-import
! crm-import: no customer_id column found; name one with --map customer_id=COLUMN (columns: "customer<U+200B>_id", "order_date", "amount")
? 2
