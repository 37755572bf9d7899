# A 10 MB note goes through whole, streamed (lines cut to 20 bytes here).
$ { echo customer_id,monetary,note
$   printf 'a,5,'; head -c 10000000 /dev/zero | tr '\000' x; echo
$   printf 'b,7,"'; head -c 10000000 /dev/zero | tr '\000' y; echo '"'
$ } | ../balance -f "cut -b 1-20" crm-segment -e 'big: monetary > 6' --default small
> customer_id,monetary
> a,5,xxxxxxxxxxxxxxxx
> b,7,yyyyyyyyyyyyyyyy
! crm-segment: 2 customers by rule:
? 0
