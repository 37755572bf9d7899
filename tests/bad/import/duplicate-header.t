# Two columns of one name: the first is the one used, the other is
# ignored (here the second Amount, a gross amount).
$ ../balance crm-import
< CustomerID,InvoiceDate,Amount,Amount
< A,2024-01-01,5,6
< B,2024-01-02,7,8
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> B,2024-01-02,7.00,purchase
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 12.00
? 0
