# --model textbook: a service cost that is no amount rejects its row,
# named with line and column; the others are valued and the counts
# balance.
$ ../balance crm-clv --model textbook --unit year --horizon 1 --discount 0 --yearly-profit 100
< customer_id,service_cost
< a,10
< b,ten
> customer_id,service_cost,clv
> a,10,90.00
! crm-clv: line 3, column "service_cost": not an amount
? 0
