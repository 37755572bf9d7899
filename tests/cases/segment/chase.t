# Chase's five tiers (COURSE.md 11), worked by hand: $4M of which $3.2M
# fees is Blue, $3.5M with $0.8M fees Green (the course's examples);
# a loss is Exit; of the other three, pct(frequency) >= 50 makes r1
# (12 purchases) and r2 (6) Red, t1 (1) Transfer.
$ crm-segment -q --scheme chase --set fees=fee_income | cut -d, -f1,5
< customer_id,frequency,monetary,fee_income
< b1,3,4000000,3200000
< g1,4,3500000,800000
< x1,2,-1200,0
< r1,12,90000,0
< r2,6,50000,100
< t1,1,80000,0
> customer_id,segment
> b1,Blue
> g1,Green
> x1,Exit
> r1,Red
> r2,Red
> t1,Transfer
