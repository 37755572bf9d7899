# A master file with one customer twice (here once padded): refused,
# naming both lines, before the transactions are read; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,owner\n001,a\n002,b\n 001 ,c\n' >"$d/m.csv"
$ ../balance crm-rfm --join "$d/m.csv" -o "$d/out.csv" 2>&1 | sed "s|$d/||"; test ! -e "$d/out.csv"
< customer_id,order_date,amount
< 001,2024-01-05,10
> crm-rfm: m.csv: lines 2 and 4: customer 001 twice (column "customer_id"): a master file has one row per customer
? 0
