# 1e309, -- and 12.3.4 are not values: rejected, counted, and written
# to the rejects file; the rest is ranked.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-abc --rejects "$d/r.csv"; s=$?; cut -d, -f1 "$d/r.csv"; exit $s
< customer_id,monetary
< a,1e309
< b,--
< c,12.3.4
< d,1e3
< e,5
> customer_id,monetary,rank,value_share,cum_share,abc_class
> d,1e3,1,0.995025,0.995025,A
> e,5,2,0.004975,1.000000,C
> line
> 2
> 3
> 4
! crm-abc: line 2, column "monetary": cannot parse "1e309" (out of range)
? 0
