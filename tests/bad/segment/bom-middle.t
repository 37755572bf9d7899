# Two tables put one after the other: the second one's byte-order mark
# and header land in the middle, as a row that cannot be clustered; it
# is rejected and counted.
$ printf 'customer_id,monetary\na,5\nb,50\n\357\273\277customer_id,monetary\nc,6\nd,60\n' |
$     ../balance crm-segment --kmeans 2 --cols monetary
> customer_id,monetary,segment
> a,5,2
> b,50,1
> c,6,2
> d,60,1
! crm-segment: line 4, column "monetary": cannot cluster on "monetary" (a plain number up to 1e15 is needed)
? 0
