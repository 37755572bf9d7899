# A quote never closed: the run stops at the line where the field starts
# (exit 1), and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-rfm -o "$d/out.csv"
< customer_id,order_date,amount
< a,2024-01-01,5
< "b,2024-01-02,6
< c,2024-01-03,7
! crm-rfm: line 3: a quoted field runs on over line 4, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
