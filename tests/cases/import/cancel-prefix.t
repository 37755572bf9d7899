# Cancelled orders (prefix C) are returns with negative amounts.
$ crm-import --cancel-prefix C -q
< InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice
< 536365,17850,2010-12-01,6,2.55
< C536379,17850,2010-12-01,-1,27.50
< C536380,17850,2010-12-02,1,10
> customer_id,order_date,amount,kind,order_id,quantity
> 17850,2010-12-01,15.30,purchase,536365,6
> 17850,2010-12-01,-27.50,return,C536379,-1
> 17850,2010-12-02,-10.00,return,C536380,-1
