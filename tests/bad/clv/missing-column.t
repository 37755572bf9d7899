# Transactions without an amount column: a usage error with the option
# and the columns; the -o file begun first is removed.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --params params.csv -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,order_date,total
< a,2024-01-01,5
! crm-clv: no column "amount"; name it with --amount (columns: "customer_id", "order_date", "total")
? 2
