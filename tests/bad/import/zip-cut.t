# A workbook cut short: its ZIP directory, at the end, is missing.
$ head -c 3000 ../../data/sheets/sales.xlsx | ../balance crm-import
! crm-import: a damaged or cut short ZIP archive (Not a zip archive)
? 1
