# An invisible character around a header name is dropped: monetary is
# found, and the name is written without it.
$ printf 'customer_id,\342\200\213monetary\357\273\277\na,5\nb,6\n' | ../balance crm-abc
> customer_id,monetary,rank,value_share,cum_share,abc_class
> a,5,2,0.454545,1.000000,A
> b,6,1,0.545455,0.545455,A
! crm-abc: 2 rows read = 2 ranked + 0 rejected
? 0
