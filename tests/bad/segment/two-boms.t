# Two byte-order marks before the header: both skipped, customer_id is
# the first column's name.
$ printf '\357\273\277\357\273\277customer_id,monetary\na,5\nb,7\n' |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
> customer_id,monetary,segment
> a,5,small
> b,7,big
! crm-segment: 2 customers by rule:
? 0
