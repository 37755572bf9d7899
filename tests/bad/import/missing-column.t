# No date column: a usage error naming the option and the columns; the
# -o file begun before the header was read is removed, not left behind.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,when,amount
< A,2024-01-01,5
! crm-import: no order_date column found; name one with --map order_date=COLUMN (columns: "customer_id", "when", "amount")
? 2
