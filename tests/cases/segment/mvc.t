# Most valuable: the top 20% by monetary (m1, m2); most growable: the
# top 20% by clv - monetary (g1 +2000, g2 +1000); below zero: z1.
$ crm-segment -q --scheme mvc
< customer_id,monetary,clv
< z1,-50,0
< m1,1000,500
< m2,900,950
< g1,100,2100
< g2,200,1200
< o1,300,350
< o2,50,100
< o3,60,70
< o4,70,80
< o5,80,100
> customer_id,monetary,clv,segment
> z1,-50,0,BZ
> m1,1000,500,MVC
> m2,900,950,MVC
> g1,100,2100,MGC
> g2,200,1200,MGC
> o1,300,350,other
> o2,50,100,other
> o3,60,70,other
> o4,70,80,other
> o5,80,100,other
