# An .xls workbook given as the transactions: named, not read as text.
$ printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000' |
$     ../balance crm-clv --params params.csv
! crm-clv: this is an Excel workbook (.xls, or another Office file before 2007), not CSV: crm-import reads it, uncompressed
? 1
