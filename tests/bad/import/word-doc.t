# A Word 97-2003 document is an OLE2 file too: named, not read as a
# workbook or as text.
$ { printf '\320\317\021\340\241\261\032\341'; head -c 1000 /dev/zero
$   printf 'W\000o\000r\000d\000D\000o\000c\000u\000m\000e\000n\000t\000'; } |
$     ../balance crm-import
! crm-import: this is a Word document, not a table
? 1
