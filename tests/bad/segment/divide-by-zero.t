# A rule that divides by zero is false for every row, and the tool says
# so: no row is lost, each gets the default.
$ ../balance crm-segment -e 'x: monetary / 0 > 1' --default other
< customer_id,monetary
< a,5
< b,6
< c,7
> customer_id,monetary,segment
> a,5,other
> b,6,other
> c,7,other
! crm-segment: 3 customers by rule:
? 0
