# A workbook given to crm-rfm, which reads tables, not workbooks: named,
# with the tool that reads it.
$ ../balance crm-rfm ../../data/sheets/sales.xlsx
! crm-rfm: ../../data/sheets/sales.xlsx: this is an Excel workbook (.xlsx), not CSV: crm-import reads it, uncompressed
? 1
