# A header and no rows: no customer to segment is no success (exit 1, in
# words), and -o leaves no file. Changed with issue 17 from an empty table
# and exit 0, which --allow-empty still gives (header-only-allowed.t).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment -e 'big: monetary > pct(monetary)' -o "$d/out.csv"
< customer_id,monetary
! crm-segment: no data rows, only a header (--allow-empty accepts that)
? 1
