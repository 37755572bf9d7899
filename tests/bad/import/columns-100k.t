# 100 000 columns: the three the tool needs are found among them.
$ awk 'BEGIN { for (i = 1; i < 100000 - 2; i++) printf "c%d,", i
$     print "customer_id,order_date,amount"
$     for (r = 1; r <= 2; r++) {
$         for (i = 1; i < 100000 - 2; i++) printf "%d,", i
$         printf "id%d,2024-01-0%d,%d\n", r, r, r } }' |
$     ../balance crm-import
> customer_id,order_date,amount,kind
> id1,2024-01-01,1.00,purchase
> id2,2024-01-02,2.00,purchase
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 3.00
? 0
