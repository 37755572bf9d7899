# Without the Z class, values at or below zero rank last and take the
# last classes, in order; an empty value counts as zero.
$ crm-abc -q --no-zero-class | cut -d, -f1,3-
< customer_id,monetary
< a,100
< b,0
< c,-10
< d,-20
< e,
> customer_id,rank,value_share,cum_share,abc_class
> a,1,1.000000,1.000000,A
> b,2,0.000000,1.000000,C
> c,4,-0.100000,0.900000,C
> d,5,-0.200000,0.700000,C
> e,3,0.000000,1.000000,C
