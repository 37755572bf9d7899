# A Word document (a ZIP too) is named, not read as a workbook.
$ python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.stdout.buffer, "w"); z.writestr("word/document.xml", "x"); z.close()' |
$     ../balance crm-import
! crm-import: this is a word-processor document (.docx, .odt), not a table
? 1
