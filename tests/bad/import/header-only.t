# A header and no rows: nothing to import is no success (exit 1, said in
# words), and -o leaves no file. Changed with issue 17: it was an empty
# table and exit 0, which --allow-empty still gives (header-only-allowed.t).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import -o "$d/out.csv"
< CustomerID,InvoiceDate,Amount
! crm-import: no data rows, only a header (--allow-empty accepts that)
? 1
