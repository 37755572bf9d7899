# The textbook formula: last year's spend x margin x sum of
# (retention / (1 + discount))^t over the horizon's years. a: 100 a year,
# 3 years, r = 0.8, d = 0.25: 0.5 x 100 x (1 + 0.64 + 0.4096) = 102.48.
$ crm-clv -q --model simple --retention 0.8 --discount 0.25 --margin 0.5 --horizon 156 | cut -d, -f1,6
< customer_id,order_date,amount
< a,2023-06-01,40
< a,2024-06-01,100
< b,2024-12-01,10
> customer_id,clv
> a,102.48
> b,10.25
