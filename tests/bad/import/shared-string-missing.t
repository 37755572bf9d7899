# A cell pointing at a shared string the workbook does not have: the
# sheet, row and column are named.
$ echo '<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>3</v></c></row></sheetData></worksheet>' |
$     ../mkxlsx | ../balance crm-import
! crm-import: sheet "S", row 1, column B: shared string "3" of 0
? 1
