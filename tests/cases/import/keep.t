# --keep passes columns through, quoted where needed; TSV with -t.
$ crm-import -q --keep Country,Note -t
< CustomerID,InvoiceDate,Amount,Country,Note
< A,2011-01-02,5,United Kingdom,"says ""hi"", twice"
> customer_id	order_date	amount	kind	Country	Note
> A	2011-01-02	5.00	purchase	United Kingdom	"says ""hi"", twice"
