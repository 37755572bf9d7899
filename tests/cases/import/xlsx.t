# One export as four workbooks (tests/data/sheets/make-workbooks), read
# to the same transactions. sales.xlsx: Chinese headers found by their
# synonyms; ids with leading zeros kept as text; date serials in four
# formats as ISO dates; amounts in a currency format; a formula's cached
# value (1234.5999999999999 is 1234.6); shared strings, an inline
# string, rich-text runs without their phonetic reading; a merged title
# above the header and an empty row skipped and said; a hidden row and a
# hidden column read like the others. sales-1904.xlsx: the 1904 date
# system of older Excel for the Mac, the same days from other serials.
# sales.ods: dates, currency and numbers from the cells' values, not
# their shown text; the title's covered cells; the million empty rows
# stored after the last one. sales.xls: Excel 97-2003, through libfreexl.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ for f in sales.xlsx sales-1904.xlsx sales.ods sales.xls; do
$     crm-import ../../data/sheets/$f >"$d/$f" 2>"$d/$f.err" || exit 1
$     cmp "$d/$f" "$d/sales.xlsx" || exit 1; done
$ cat "$d/sales.xlsx"; cat "$d/sales.ods.err" >&2
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> 0456,2024-02-29,0.10,purchase,A-002,网店
> 00123,2024-03-10,99.99,purchase,A-003,
> 789,2024-03-11,1234.60,purchase,A-004,门店
> 0007,2024-03-12,-20.00,return,A-005,门店
! crm-import: ../../data/sheets/sales.ods: sheet "销售", 2 rows above the header skipped (a title: the header is the first row of two or more cells)
