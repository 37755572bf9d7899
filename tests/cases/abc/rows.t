# Rows keep their order and columns; ties go by id (d before e); a bad
# value is rejected, not dropped.
$ crm-abc -v spend --id who
< who,spend,note
< g,-10,x
< a,50,"y, z"
< e,5,
< b,30,
< f,0,
< c,10,
< d,5,
< h,lots,
> who,spend,note,rank,value_share,cum_share,abc_class
> g,-10,x,7,-0.100000,0.900000,Z
> a,50,"y, z",1,0.500000,0.500000,A
> e,5,,5,0.050000,1.000000,C
> b,30,,2,0.300000,0.800000,A
> f,0,,6,0.000000,1.000000,Z
> c,10,,3,0.100000,0.900000,B
> d,5,,4,0.050000,0.950000,B
! crm-abc: line 9, column "spend": cannot parse "lots" (not a number)
