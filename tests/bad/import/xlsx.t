# The start of a ZIP (the first bytes of an .xlsx) alone: a ZIP cut short,
# not "invalid UTF-8 ... give --encoding".
$ printf 'PK\003\004\024\000\000\000\010\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\017\000\000\000xl/workbook.xml' |
$     ../balance crm-import
! crm-import: a damaged or cut short ZIP archive (Not a zip archive)
? 1
