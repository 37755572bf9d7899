# A header and no rows with --allow-empty: an empty table, exit 0, as
# before issue 17.
$ ../balance crm-import --allow-empty
< CustomerID,InvoiceDate,Amount
> customer_id,order_date,amount,kind
! crm-import: 0 rows read = 0 written + 0 merged into orders + 0 rejected; amount written 0.00
? 0
