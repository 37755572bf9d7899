# The scheme's options: value from another column, a higher cut, and a
# shorter lapse. With --value-cut 90 only a1 is high value; d2 (40 days)
# and d3 (50 days) lapse at --lapsed-days 35.
$ crm-segment -q --scheme value-loyalty --value spend --value-cut 90 --lapsed-days 35
< customer_id,recency_days,frequency,spend,tenure_days
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
> customer_id,recency_days,frequency,spend,tenure_days,segment
> g1,,0,0,,G
> e1,400,5,300,800,E
> f1,100,2,50,1095,E
> a1,10,9,1000,300,A
> b1,20,1,990,30,D
> c1,5,8,100,200,C
> c2,5,7,200,200,C
> d1,30,1,20,30,D
> d2,40,3,60,100,E
> d3,50,4,70,365,E
