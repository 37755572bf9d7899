# A summary of 100 000 columns, its four at the end: every column goes
# through (the last 60 bytes of each line shown).
$ awk 'BEGIN { printf "id"; for (i = 2; i < 100000 - 3; i++) printf ",c%d", i
$     print ",frequency,recency,T,monetary_value"
$     for (r = 1; r <= 2; r++) {
$         printf "id%d", r; for (i = 2; i < 100000 - 3; i++) printf ",%d", i
$         print "," r ",10,20,5" } }' |
$     ../balance -f "sed 's/.*\(.\{60\}\)$/\1/'" crm-clv --from-summary --params params.csv
> monetary_value,p_alive,expected_purchases,expected_spend,clv
> 93,99994,99995,99996,1,10,20,5,0.613832,1.194083,14.21,16.19
> 93,99994,99995,99996,2,10,20,5,0.569949,1.914757,10.43,19.08
! crm-clv: 2 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
