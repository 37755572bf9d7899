# An Excel workbook (.xlsx, a ZIP holding xl/...) given as CSV: told as
# what it is, with what to do; not "invalid UTF-8 ... give --encoding".
$ printf 'PK\003\004\024\000\000\000\010\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\017\000\000\000xl/workbook.xml' |
$     ../balance crm-import
! crm-import: this is an Excel workbook (.xlsx), not CSV: export the sheet as CSV
? 1
