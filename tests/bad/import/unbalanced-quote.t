# A quote opened and never closed swallows the rest of the input: the run
# stops (exit 1) at the line where the field starts, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import -o "$d/out.csv"
< customer_id,order_date,amount
< A,2024-01-01,"5
< B,2024-01-02,6
< C,2024-01-03,7
! crm-import: line 2: a quoted field runs on over line 3, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
