# The first bytes of an Excel 97-2003 workbook (.xls, an OLE2 compound
# file) alone, given with --encoding latin1, the hint the old message
# gave: read as a workbook, and said to be cut short; no encoding hint.
$ printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000' |
$     ../balance crm-import --encoding latin1
! crm-import: an Office file (OLE2) cut short or damaged
? 1
