# CR alone ends a line: every customer gets a segment.
$ printf 'customer_id,monetary\ra,5\rb,7\rc,6\r' |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
> customer_id,monetary,segment
> a,5,small
> b,7,big
> c,6,big
! crm-segment: 3 customers by rule:
? 0
