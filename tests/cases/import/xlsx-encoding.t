# --encoding is for text: given with a workbook, whose text is Unicode,
# it is said to be ignored, and the sheet read as it is.
$ crm-import --encoding latin1 ../../data/sheets/sales.xlsx 2>&1 >/dev/null | head -n 1
> crm-import: ../../data/sheets/sales.xlsx: --encoding is for text; a workbook's text is Unicode: ignored
