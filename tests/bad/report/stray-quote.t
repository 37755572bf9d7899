# A stray quote that would swallow b's row into a's segment: exit 1.
$ ../balance crm-report
< customer_id,monetary,segment
< a,1,"A" best
< b,2,B
< c,3,"A"
! crm-report: line 2: a quoted field runs on over line 3, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
