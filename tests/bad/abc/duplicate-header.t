# Two monetary columns: the first is the one ranked by; both go through.
$ ../balance crm-abc
< customer_id,monetary,monetary
< a,5,60
< b,6,50
> customer_id,monetary,monetary,rank,value_share,cum_share,abc_class
> a,5,60,2,0.454545,1.000000,A
> b,6,50,1,0.545455,0.545455,A
! crm-abc: 2 rows read = 2 ranked + 0 rejected
? 0
