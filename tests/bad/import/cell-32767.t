# A cell of 32,767 characters, the most Excel holds, as a shared
# string: the customer id is read whole (its last bytes shown).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ x=$(head -c 32766 /dev/zero | tr '\000' x)
$ echo "<sst><si><t>customer_id</t></si><si><r><t>$x</t></r><r><t>y</t></r></si></sst>" >"$d/sst.xml"
$ echo '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><t>order_date</t></is></c><c t="inlineStr"><is><t>amount</t></is></c></row><row r="2"><c t="s"><v>1</v></c><c t="inlineStr"><is><t>2024-01-01</t></is></c><c><v>5</v></c></row></sheetData></worksheet>' |
$     ../mkxlsx "$d/sst.xml" | ../balance -f "cut -b 32760-" crm-import
>
> xxxxxxxy,2024-01-01,5.00,purchase
! crm-import: 1 rows read = 1 written + 0 merged into orders + 0 rejected; amount written 5.00
? 0
