# A stray quote that would swallow b's line into a's note: exit 1 at
# the quote, with the line it swallows.
$ ../balance crm-abc
< customer_id,monetary,note
< a,5,"12" disc
< b,6,x
< c,7,"best"
! crm-abc: line 2: a quoted field runs on over line 3, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
