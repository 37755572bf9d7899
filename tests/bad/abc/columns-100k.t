# 100 000 columns go through; the value is the last of them (only the
# first and last 40 bytes of each line shown).
$ awk 'BEGIN { printf "customer_id"; for (i = 2; i < 100000; i++) printf ",c%d", i
$     print ",monetary"
$     for (r = 1; r <= 2; r++) {
$         printf "id%d", r; for (i = 2; i < 100000; i++) printf ",%d", i
$         print "," r } }' |
$     ../balance -f "sed 's/^\(.\{20\}\).*\(.\{40\}\)$/\1...\2/'" crm-abc
> customer_id,c2,c3,c4...ary,rank,value_share,cum_share,abc_class
> id1,2,3,4,5,6,7,8,9,...9997,99998,99999,1,2,0.333333,1.000000,A
> id2,2,3,4,5,6,7,8,9,...9997,99998,99999,2,1,0.666667,0.666667,A
! crm-abc: 2 rows read = 2 ranked + 0 rejected
? 0
