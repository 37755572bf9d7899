# The input has a segment column already: the new one needs another name.
$ crm-segment --scheme pyramid
< customer_id,monetary,segment
< a,1,x
! crm-segment: the input has a column "segment" already; name the new one with --name
? 2
