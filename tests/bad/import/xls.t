# An Excel 97-2003 workbook (.xls, an OLE2 compound file) given as CSV,
# and with --encoding latin1, the hint the old message gave: told as a
# workbook either way.
$ printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000' |
$     ../balance crm-import --encoding latin1
! crm-import: this is an Excel workbook (.xls, or another Office file before 2007), not CSV: export the sheet as CSV
? 1
