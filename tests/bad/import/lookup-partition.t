# --lookup writes one customer's rows: parts make no sense.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import --lookup A --partition 2 -o "$d/tx.csv"
< customer_id,order_date,amount
< A,2024-01-01,10
! crm-import: --lookup writes one customer: no --partition
? 2
