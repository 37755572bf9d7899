# The same workbook in the 1904 date system (older Excel for the Mac):
# the same days, from other serials.
$ crm-import -q ../../data/sheets/sales-1904.xlsx
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> 0456,2024-02-29,0.10,purchase,A-002,网店
> 00123,2024-03-10,99.99,purchase,A-003,
> 789,2024-03-11,1234.60,purchase,A-004,门店
> 0007,2024-03-12,-20.00,return,A-005,门店
