# The bank's pyramid worked out by hand. pct() is the share of the 10
# customers below: high value is pct(monetary) >= 80 (a1 1000, b1 990),
# high loyalty pct(frequency) >= 50 (frequency 4 and more). g1 never
# bought (G), e1 not for 400 days (E), f1 2 purchases in 3 years (F).
$ crm-segment -q --scheme value-loyalty
< customer_id,recency_days,frequency,monetary,tenure_days
< g1,,0,0,
< e1,400,5,300,800
< f1,100,2,50,1095
< a1,10,9,1000,300
< b1,20,1,990,30
< c1,5,8,100,200
< c2,5,7,200,200
< d1,30,1,20,30
< d2,40,3,60,100
< d3,50,4,70,365
> customer_id,recency_days,frequency,monetary,tenure_days,segment
> g1,,0,0,,G
> e1,400,5,300,800,E
> f1,100,2,50,1095,F
> a1,10,9,1000,300,A
> b1,20,1,990,30,B
> c1,5,8,100,200,C
> c2,5,7,200,200,C
> d1,30,1,20,30,D
> d2,40,3,60,100,D
> d3,50,4,70,365,C
