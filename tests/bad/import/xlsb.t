# An Excel binary workbook (.xlsb) is named, with what to do.
$ python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.stdout.buffer, "w"); z.writestr("xl/workbook.bin", "x"); z.close()' |
$     ../balance crm-import
! crm-import: this is an Excel binary workbook (.xlsb), which crm-import does not read: save it as .xlsx or CSV
? 1
