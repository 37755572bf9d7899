# Ids of 1 MB, two customers differing in the last byte, sorted.
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,order_date,amount
$   echo "${x}b,2024-01-01,5"; echo "${x}a,2024-01-02,6"; echo "${x}b,2024-01-03,7"
$ } | ../balance -f "cut -b 999990-" crm-rfm
>
> xxxxxxxxxxxa,2024-01-02,2024-01-02,2,1,6.00,6.00,2,1,0.00,1,1,1,111,3,1,bottom20
> xxxxxxxxxxxb,2024-01-01,2024-01-03,1,2,12.00,6.00,3,2,7.00,3,3,3,333,9,27,top20
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=2
? 0
