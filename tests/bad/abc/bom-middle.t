# A byte-order mark in the middle (files put one after another): the
# second header is a row whose value is not a number, rejected; the rows
# around it are ranked.
$ printf 'customer_id,monetary\na,5\n\357\273\277customer_id,monetary\nb,6\n' |
$     ../balance crm-abc
> customer_id,monetary,rank,value_share,cum_share,abc_class
> a,5,2,0.454545,1.000000,A
> b,6,1,0.545455,0.545455,A
! crm-abc: line 3, column "monetary": cannot parse "monetary" (not a number)
? 0
