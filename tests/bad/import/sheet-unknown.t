# --sheet names no sheet of the workbook: the sheets are listed; exit 2.
$ ../balance crm-import --sheet Sales ../../data/sheets/sales.xlsx
! crm-import: ../../data/sheets/sales.xlsx: no sheet "Sales" in the workbook; its sheets: "销售", "退货"
? 2
