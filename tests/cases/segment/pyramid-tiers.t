# --tiers: the top 10% (value 10), the next 30% (7 to 9), the rest; equal
# values share a tier (two customers worth 9).
$ crm-segment -q --tiers top:10,mid:30,rest --value v
< id,v
< a,1
< b,2
< c,3
< d,4
< e,5
< f,6
< g,9
< h,9
< i,9
< j,10
> id,v,segment
> a,1,rest
> b,2,rest
> c,3,rest
> d,4,rest
> e,5,rest
> f,6,rest
> g,9,mid
> h,9,mid
> i,9,mid
> j,10,top
