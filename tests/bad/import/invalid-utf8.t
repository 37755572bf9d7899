# A Latin-1 byte in a UTF-8 input stops the run with the line, the byte
# and the encoding to give; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\nM\374ller,2024-01-02,6\n' |
$     ../balance crm-import -o "$d/out.csv"
! crm-import: line 3, column "customer_id": invalid UTF-8 (byte 0xFC at byte 2); it looks like latin1 (or cp1252): give --encoding latin1
? 1
