# A workbook given as a table: named, not read as text.
$ printf 'PK\003\004\024\000\000\000\010\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\017\000\000\000xl/workbook.xml' |
$     ../balance crm-abc
! crm-abc: this is an Excel workbook (.xlsx), not CSV: crm-import reads it, uncompressed
? 1
