# A NUL byte inside a field stays in it (shown as @): streamed rows do
# not have their field split in two at it on the way out, and keep
# their two columns and the segment.
$ printf 'customer_id,monetary\na\000b,7\nc,5\000\nd,6\n' |
$     ../balance -f "tr '\000' @" crm-segment -e 'big: monetary > 6' --default small
> customer_id,monetary,segment
> a@b,7,big
> c,5@,small
> d,6,small
! crm-segment: 3 customers by rule:
? 0
