# A stray quote that would merge b's purchase into a's note: exit 1.
$ ../balance crm-clv --params params.csv
< customer_id,order_date,amount,note
< a,2024-01-01,5,"12" disc
< b,2024-01-02,6,x
< a,2024-02-01,7,"best"
! crm-clv: line 2: a quoted field runs on over line 3, which reads as a row of its own (4 fields): a stray quote? (inside quotes a quote is written "")
? 1
