# 1e309, --, 12.3.4 and nan cannot be clustered on: each row is
# rejected with its column, and counted; the rejects file holds them.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --kmeans 2 --cols monetary --rejects "$d/r.csv"; s=$?; cut -d, -f1 "$d/r.csv"; exit $s
< customer_id,monetary
< a,1e309
< b,--
< c,12.3.4
< d,nan
< e,5
< f,50
> customer_id,monetary,segment
> e,5,2
> f,50,1
> line
> 2
> 3
> 4
> 5
! crm-segment: line 2, column "monetary": cannot cluster on "1e309" (a plain number up to 1e15 is needed)
? 0
