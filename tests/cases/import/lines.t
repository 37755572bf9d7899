# --lines keeps line items, with unit price and product.
$ crm-import --lines --time
< InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID
< 536365,85123A,6,12/1/2010 8:26,2.55,17850
< 536365,71053,8,12/13/2010 18:26,0.001,17850
> customer_id,order_date,order_time,amount,kind,order_id,quantity,unit_price,product
> 17850,2010-12-01,08:26:00,15.30,purchase,536365,6,2.55,85123A
> 17850,2010-12-13,18:26:00,0.008,purchase,536365,8,0.001,71053
