# A quoted id of 10 MB is a customer like another (cut to 20 bytes).
$ { echo customer_id,order_date,amount
$   printf '"'; head -c 10000000 /dev/zero | tr '\000' x; echo '",2024-01-01,5'
$   echo b,2024-01-02,6
$ } | ../balance -f "cut -b 1-20" crm-clv --params params.csv
> customer_id,frequenc
> b,0,0.00,0.00,0.00,1
> xxxxxxxxxxxxxxxxxxxx
! crm-clv: 2 rows read, 0 rejected; 2 customers scored, 0 without a purchase not scored
? 0
