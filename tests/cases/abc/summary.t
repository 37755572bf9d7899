# The Pareto table worked out by hand: positive total 100; A while the
# share before a customer is under 80%, B under 95%; Z at or below zero.
# Gini over 0,0,5,5,10,30,50: 2*615/(7*100) - 8/7 = 0.6143.
$ crm-abc -q --summary -v spend --id who
< who,spend
< g,-10
< a,50
< e,5
< b,30
< f,0
< c,10
< d,5
> class,customers,customers_pct,value,value_pct,gini
> A,2,28.57,80.00,80.00,
> B,2,28.57,15.00,15.00,
> C,1,14.29,5.00,5.00,
> Z,2,28.57,-10.00,-10.00,
> all,7,100.00,90.00,90.00,0.6143
> top1%,1,14.29,50.00,50.00,
> top5%,1,14.29,50.00,50.00,
> top10%,1,14.29,50.00,50.00,
> top20%,2,28.57,80.00,80.00,
