# A rules file: comments, lets, quoted names with a colon, and --set.
$ crm-segment -q --rules good.rules --set cut=100
< customer_id,monetary
< a,50
< b,150
< c,-1
> customer_id,monetary,segment
> a,50,small
> b,150,key: big
> c,-1,
