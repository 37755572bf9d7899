# A sheet as wide as Excel makes them, 16,384 columns (A to XFD): the
# three the tool needs are found among them.
$ awk 'BEGIN { printf "<worksheet><sheetData><row r=\"1\">"
$     for (i = 1; i <= 16381; i++) printf "<c t=\"inlineStr\"><is><t>c%d</t></is></c>", i
$     printf "<c t=\"inlineStr\"><is><t>customer_id</t></is></c><c t=\"inlineStr\"><is><t>order_date</t></is></c><c t=\"inlineStr\"><is><t>amount</t></is></c></row><row r=\"2\">"
$     for (i = 1; i <= 16381; i++) printf "<c><v>%d</v></c>", i
$     print "<c t=\"inlineStr\"><is><t>007</t></is></c><c t=\"inlineStr\"><is><t>2024-01-01</t></is></c><c><v>5</v></c></row></sheetData></worksheet>" }' |
$     ../mkxlsx | ../balance crm-import
> customer_id,order_date,amount,kind
> 007,2024-01-01,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
