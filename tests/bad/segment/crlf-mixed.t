# CRLF and LF line ends mixed: all rows read, written with LF.
$ printf 'customer_id,monetary\r\na,5\nb,7\r\nc,6\n' |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
> customer_id,monetary,segment
> a,5,small
> b,7,big
> c,6,big
! crm-segment: 3 customers by rule:
? 0
