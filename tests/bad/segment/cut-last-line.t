# No line end after the last row: it is read, and that is said first.
$ printf 'customer_id,monetary\na,5\nb,7' |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
> customer_id,monetary,segment
> a,5,small
> b,7,big
! crm-segment: line 3: the last line has no line end; read as it is (was the file still being written?)
? 0
