# An .xlsx workbook (tests/data/sheets/make-workbooks): Chinese headers
# found by their synonyms; ids with leading zeros kept as text; date
# serials in four formats as ISO dates; amounts in a currency format; a
# formula's cached value (1234.5999999999999 is 1234.6); shared strings,
# an inline string, rich-text runs without their phonetic reading; a
# merged title above the header and an empty row skipped and said; a
# hidden row and a hidden column read like the others.
$ crm-import ../../data/sheets/sales.xlsx
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> 0456,2024-02-29,0.10,purchase,A-002,网店
> 00123,2024-03-10,99.99,purchase,A-003,
> 789,2024-03-11,1234.60,purchase,A-004,门店
> 0007,2024-03-12,-20.00,return,A-005,门店
! crm-import: ../../data/sheets/sales.xlsx: sheet "销售", 2 rows above the header skipped (a title: the header is the first row of two or more cells)
