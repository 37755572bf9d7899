# A stray quote would swallow the next lines into one field, and with
# them customers: the run stops at the quote (exit 1).
$ ../balance crm-rfm
< customer_id,order_date,amount,note
< a,2024-01-01,5,"12" disc
< b,2024-01-02,6,x
< c,2024-01-03,7,"best"
! crm-rfm: line 2: a quoted field runs on over line 3, which reads as a row of its own (4 fields): a stray quote? (inside quotes a quote is written "")
? 1
