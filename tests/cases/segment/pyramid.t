# 100 customers worth 1 to 100: diamond the top 1 (pct 99), gold the
# next 4, iron the next 15, lead the other 80.
$ awk 'BEGIN { print "customer_id,monetary"; for (i = 1; i <= 100; i++) print "c" i "," i }' | crm-segment -q --scheme pyramid | awk -F, 'NR > 1 { n[$3]++; if (!($3 in lo)) lo[$3] = $2; hi[$3] = $2 } END { for (s in n) print s, n[s], lo[s] "-" hi[s] }' | sort -k2n
> diamond 1 100-100
> gold 4 96-99
> iron 15 81-95
> lead 80 1-80
