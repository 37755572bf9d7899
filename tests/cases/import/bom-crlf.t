# A UTF-8 byte-order mark and CRLF line ends are read.
$ printf '\357\273\277CustomerID,InvoiceDate,Amount\r\nA,2011-01-02,"5"\r\n' | crm-import -q
> customer_id,order_date,amount,kind
> A,2011-01-02,5.00,purchase
