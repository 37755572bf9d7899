# A zip bomb: a sheet that would expand a thousandfold, refused before
# it is read.
$ python3 -c 'import sys; sys.stdout.write("<worksheet><sheetData>" + " " * 50000000 + "</sheetData></worksheet>")' |
$     ../mkxlsx | ../balance crm-import
! crm-import: xl/worksheets/sheet1.xml in the ZIP archive would expand from 48654 to 50000046 bytes: a zip bomb? (refused beyond 400 times or 4 GB)
? 1
