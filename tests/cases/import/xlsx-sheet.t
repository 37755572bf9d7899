# --sheet by name or by number: the second sheet, whose first row is
# its header; the same rows either way, whatever the format.
$ for f in sales.xlsx sales.ods sales.xls; do for s in 退货 2; do
$     crm-import -q --sheet $s ../../data/sheets/$f; done; done | sort | uniq -c
>       6 00123,2024-04-01,-10.00,return
>       6 customer_id,order_date,amount,kind
