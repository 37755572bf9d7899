# A quote never closed: exit 1 at the line where the field starts; -o
# leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --params params.csv -o "$d/out.csv"
< customer_id,order_date,amount
< a,2024-01-01,5
< a,2024-02-01,"6
< b,2024-01-03,7
! crm-clv: line 3: a quoted field runs on over line 4, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
