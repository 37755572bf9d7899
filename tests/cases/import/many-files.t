# Several files, each with its own header, make one output.
$ d=$(mktemp -d) && printf 'CustomerID,Date,Amount\nA,2024-01-02,1\n' >$d/a.csv && printf 'Amount;CustomerID;Date\n2;B;2024-01-03\n' >$d/b.csv && crm-import $d/a.csv $d/b.csv 2>&1 | sed "s|$d/||"; rm -r $d
> customer_id,order_date,amount,kind
> A,2024-01-02,1.00,purchase
> B,2024-01-03,2.00,purchase
> crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 3.00
