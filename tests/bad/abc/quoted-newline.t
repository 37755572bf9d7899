# A line break inside quotes is part of the field: one row, not two, and
# it goes out quoted.
$ ../balance crm-abc
< customer_id,monetary,note
< a,5,"two
< lines"
< b,6,one
> customer_id,monetary,note,rank,value_share,cum_share,abc_class
> a,5,"two
> lines",2,0.454545,1.000000,A
> b,6,one,1,0.545455,0.545455,A
! crm-abc: 2 rows read = 2 ranked + 0 rejected
? 0
