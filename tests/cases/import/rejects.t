# Bad rows are rejected with their line and reason; counts balance.
$ crm-import --rejects rej.csv && cat rej.csv && rm rej.csv
< CustomerID,InvoiceDate,Amount
< A,2011-01-02,5
< ,2011-01-02,5
< B,13/13/2011,5
< C,2011-01-02,12.3.4
< D,2011-01-02
> customer_id,order_date,amount,kind
> A,2011-01-02,5.00,purchase
> line,reason,CustomerID,InvoiceDate,Amount
> 3,"column ""CustomerID"": no customer id",,2011-01-02,5
> 4,"column ""InvoiceDate"": cannot parse ""13/13/2011"" (month out of range)",B,13/13/2011,5
> 5,"column ""Amount"": cannot parse ""12.3.4"" (more than one decimal point)",C,2011-01-02,12.3.4
> 6,"expected 3 fields, found 2",D,2011-01-02
! crm-import: line 3, column "CustomerID": no customer id
