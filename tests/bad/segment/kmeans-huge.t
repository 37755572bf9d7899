# Values whose squares would overflow (1e308), hex and padded numbers
# are not clustered on: rejected with the reason, the rest clustered.
$ ../balance crm-segment --kmeans 2 --cols monetary
< customer_id,monetary
< a,1e308
< b,-1e308
< c,0x10
< d,5
< e, 2
< f,7
< g,6
> customer_id,monetary,segment
> d,5,2
> f,7,1
> g,6,2
! crm-segment: line 2, column "monetary": cannot cluster on "1e308" (a plain number up to 1e15 is needed)
? 0
