# A header and no rows is an empty table, not an error.
$ ../balance crm-import
< CustomerID,InvoiceDate,Amount
> customer_id,order_date,amount,kind
! crm-import: 0 rows read = 0 written + 0 merged into orders + 0 rejected; amount written 0.00
? 0
