# The follow-up exercise: each customer's gain and service cost from its
# own columns, 10 years at 8%: A 300 x 6.710081 = 2,013.02, B 250 x
# 6.710081 = 1,677.52; C's gain comes from its monetary column times
# --margin (1,000 x 0.5 = 500, less 200: 2 x 1,342.02 / 2); D's empty
# cells take the options (--yearly-profit is not given: monetary 0).
$ crm-clv -q --model textbook --unit year --horizon 10 --discount 0.08 --margin 0.5 --service-cost 200
< customer_id,monetary,yearly_profit,service_cost
< A,,500,200
< B,,550,300
< C,1000,,
< D,0,,
> customer_id,monetary,yearly_profit,service_cost,clv
> A,,500,200,2013.02
> B,,550,300,1677.52
> C,1000,,,2013.02
> D,0,,,-1342.02
