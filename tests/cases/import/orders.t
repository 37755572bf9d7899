# Line items of one order become one row with the summed amount; the
# earliest time of the order's lines gives its date.
$ crm-import --map order_id=InvoiceNo
< InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice
< 536365,17850,12/1/2010 8:26,6,2.55
< 536365,17850,12/1/2010 8:25,8,3.39
< 536366,17850,12/13/2010 8:28,6,1.85
> customer_id,order_date,amount,kind,order_id,quantity
> 17850,2010-12-01,42.42,purchase,536365,14
> 17850,2010-12-13,11.10,purchase,536366,6
! crm-import: 3 rows read = 2 written + 1 merged into orders + 0 rejected; amount written 53.52
