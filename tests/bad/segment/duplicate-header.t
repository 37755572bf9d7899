# Two columns of one name: a rule reads the first; both go through.
$ ../balance crm-segment -e 'big: monetary > 5' --default small
< customer_id,monetary,monetary
< a,6,1
< b,1,6
> customer_id,monetary,monetary,segment
> a,6,1,big
> b,1,6,small
! crm-segment: 2 customers by rule:
? 0
