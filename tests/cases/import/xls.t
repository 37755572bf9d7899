# The same export as an Excel 97-2003 workbook (.xls), through libfreexl.
$ crm-import ../../data/sheets/sales.xls
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> 0456,2024-02-29,0.10,purchase,A-002,网店
> 00123,2024-03-10,99.99,purchase,A-003,
> 789,2024-03-11,1234.60,purchase,A-004,门店
> 0007,2024-03-12,-20.00,return,A-005,门店
! crm-import: ../../data/sheets/sales.xls: sheet "销售", 2 rows above the header skipped (a title: the header is the first row of two or more cells)
