# --skip 2: the header is row 3, the title rule is off; the empty row
# below the header is still skipped and counted.
$ crm-import --skip 2 ../../data/sheets/sales.xlsx 2>&1 >/dev/null
> crm-import: ../../data/sheets/sales.xlsx: sheet "销售", 2 rows above the header skipped (--skip)
> crm-import: ../../data/sheets/sales.xlsx: sheet "销售", 1 empty row skipped
> crm-import: 5 rows read = 5 written + 0 merged into orders + 0 rejected; amount written 2549.19
