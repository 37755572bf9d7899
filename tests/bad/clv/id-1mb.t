# Ids of 1 MB, two customers differing in the last byte (the last
# bytes of each line shown).
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,order_date,amount
$   echo "${x}b,2024-01-01,5"; echo "${x}a,2024-01-02,6"; echo "${x}b,2024-01-08,7"
$ } | ../balance -f "cut -b 999995-" crm-clv --params params.csv
>
> xxxxxxa,0,0.00,0.86,0.00,1.000000,1.286260,35.17,43.31
> xxxxxxb,1,1.00,1.00,7.00,0.753666,4.084517,15.60,61.13
! crm-clv: 3 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
