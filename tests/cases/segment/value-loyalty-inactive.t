# HSBC's class F on a one-year export (issue 18): every buyer has bought
# at least once in the year, so only the 90 days without a purchase tell
# f1 (120 days) apart.  pct(frequency) over all four puts f2 (3, above
# two: 50) and a1 (9, 75) in C, d1 (1, 0) in D; no one reaches the top
# 20% by value (a1's pct is 75).
$ crm-segment -q --scheme value-loyalty | cut -d, -f1,6
< customer_id,recency_days,frequency,monetary,tenure_days
< f1,120,2,50,200
< f2,30,3,80,300
< d1,60,1,20,100
< a1,10,9,1000,300
> customer_id,segment
> f1,F
> f2,C
> d1,D
> a1,C
