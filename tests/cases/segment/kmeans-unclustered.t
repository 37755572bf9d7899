# k-means keeps a customer with nothing to cluster on (no recency_days:
# it only returned goods) in the output, with an empty segment, and says
# so; the counts include it as written.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-segment --kmeans 2 --cols recency_days,monetary 2>"$d/err"; cat "$d/err" >&2
$ grep -c "^crm-segment: 1 rows not clustered, having no value in a --cols column (as \"recency_days\"): written with an empty segment$" "$d/err"
< customer_id,recency_days,monetary
< a,1,100
< b,2,110
< c,,-20
< d,300,5
< e,310,7
> customer_id,recency_days,monetary,segment
> a,1,100,2
> b,2,110,2
> c,,-20,
> d,300,5,1
> e,310,7,1
> 1
! crm-segment: k-means: 2 clusters of 4 customers, within-cluster sum of squares 102.5
