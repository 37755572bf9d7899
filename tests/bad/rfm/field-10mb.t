# A quoted id of 10 MB is one customer like another (cut to 20 bytes).
$ { echo customer_id,order_date,amount
$   printf '"'; head -c 10000000 /dev/zero | tr '\000' x; echo '",2024-01-01,5'
$   echo b,2024-01-02,6
$ } | ../balance -f "cut -b 1-20" crm-rfm
> customer_id,first_da
> b,2024-01-02,2024-01
> xxxxxxxxxxxxxxxxxxxx
! crm-rfm: r_score from recency_days: 5=none 4=none 3=1 2=none 1=2
? 0
