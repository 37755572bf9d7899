# Two exports put one after the other: the second one's byte-order mark
# and header land in the middle. The header line is rejected as a row;
# the mark before an id is dropped, so B stays one customer.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n\357\273\277customer_id,order_date,amount\n\357\273\277B,2024-01-02,6\nB,2024-01-03,7\n' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> B,2024-01-02,6.00,purchase
> B,2024-01-03,7.00,purchase
! crm-import: line 3, column "order_date": cannot parse "order_date" (not a date)
? 0
