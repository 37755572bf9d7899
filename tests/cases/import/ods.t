# The same export as an OpenDocument spreadsheet: dates, currency and
# numbers from the cells' values, not their shown text; the title's
# covered cells; the million empty rows stored after the last one.
$ crm-import ../../data/sheets/sales.ods
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> 0456,2024-02-29,0.10,purchase,A-002,网店
> 00123,2024-03-10,99.99,purchase,A-003,
> 789,2024-03-11,1234.60,purchase,A-004,门店
> 0007,2024-03-12,-20.00,return,A-005,门店
! crm-import: ../../data/sheets/sales.ods: sheet "销售", 2 rows above the header skipped (a title: the header is the first row of two or more cells)
