# A workbook on standard input (a pipe) is copied to a temporary file,
# since a ZIP's directory is at its end: read as from the file.
$ for f in sales.xlsx sales.ods sales.xls; do cat ../../data/sheets/$f | crm-import -q; done | sort | uniq -c
>       3 0007,2024-03-12,-20.00,return,A-005,门店
>       3 00123,2024-01-05,1234.50,purchase,A-001,门店
>       3 00123,2024-03-10,99.99,purchase,A-003,
>       3 0456,2024-02-29,0.10,purchase,A-002,网店
>       3 789,2024-03-11,1234.60,purchase,A-004,门店
>       3 customer_id,order_date,amount,kind,order_id,channel
