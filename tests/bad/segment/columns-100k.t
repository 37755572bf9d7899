# 100 000 columns: rules on one of them, every column goes through (the
# first 20 and last 30 bytes of each line shown).
$ awk 'BEGIN { printf "customer_id,monetary"; for (i = 3; i <= 100000; i++) printf ",c%d", i
$     print ""
$     for (r = 1; r <= 3; r++) {
$         printf "id%d,%d", r, r * 10; for (i = 3; i <= 100000; i++) printf ",%d", i
$         print "" } }' |
$     ../balance -f "sed 's/^\(.\{20\}\).*\(.\{30\}\)$/\1...\2/'" crm-segment -e 'big: monetary > median(monetary)' -e 'last: c100000 > 0'
> customer_id,monetary...,c99998,c99999,c100000,segment
> id1,10,3,4,5,6,7,8,9...,99997,99998,99999,100000,last
> id2,20,3,4,5,6,7,8,9...,99997,99998,99999,100000,last
> id3,30,3,4,5,6,7,8,9...6,99997,99998,99999,100000,big
! crm-segment: 3 customers by rule:
? 0
