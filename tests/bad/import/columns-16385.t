# A cell beyond column XFD, the last a sheet has: refused with its row.
$ echo '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>customer_id</t></is></c><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>' |
$     ../mkxlsx | ../balance crm-import
! crm-import: sheet "S", row 1: a cell beyond column XFD, the last of a sheet
? 1
