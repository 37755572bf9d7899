# A stray quote opens a field ("12" disc) that the next quote closes
# two lines later: the lines between would vanish into one field with
# the counts still agreeing. A line inside quotes that reads as a row of
# its own stops the run (exit 1) with both lines; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import --keep note -o "$d/out.csv"
< customer_id,order_date,amount,note
< A,2024-01-01,5,"12" disc
< B,2024-01-02,6,x
< C,2024-01-03,7,"best"
< D,2024-01-04,8,y
! crm-import: line 2: a quoted field runs on over line 3, which reads as a row of its own (4 fields): a stray quote? (inside quotes a quote is written "")
? 1
