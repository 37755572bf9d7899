# Monetary values far apart (counted by their top bits, then the buckets
# the quantiles fall in sorted) with ties: half spent 5.00 and all get
# M 1; the next value starts at rank 6 (score 3); equal tops share 5.
$ crm-rfm -q | cut -d, -f1,6,13
< customer_id,order_date,amount
< a,2024-01-01,5.00
< b,2024-01-01,5.00
< c,2024-01-01,5.00
< d,2024-01-01,5.00
< e,2024-01-01,5.00
< f,2024-01-01,10.00
< g,2024-01-01,100.00
< h,2024-01-01,1000.00
< i,2024-01-01,100000.00
< j,2024-01-01,100000.00
> customer_id,monetary,m_score
> a,5.00,1
> b,5.00,1
> c,5.00,1
> d,5.00,1
> e,5.00,1
> f,10.00,3
> g,100.00,4
> h,1000.00,4
> i,100000.00,5
> j,100000.00,5
