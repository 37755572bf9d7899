# The course's CLV exercise (COURSE.md 20): n = 10 years, C0 = 500,
# P0 = 3,000, a yearly gain of 1,000, a service cost of 100.  Model one,
# undiscounted: 3,000 - 500 + 10 x 900 = 11,500; model three at 8%:
# 2,500 + 900 x 6.710081 = 8,539.07.  The other reading, a gain growing
# by 1,000 a year from 4,000: 86,500 undiscounted, 54,646.15 at 8%.
$ in=$(cat); for d in 0 0.08; do for g in 0 1000; do printf '%s\n' "$in" | crm-clv -q --model textbook --unit year --horizon 10 --discount $d --acquisition-cost 500 --first-profit 3000 --yearly-profit $((1000 + 3 * g)) --growth $g --service-cost 100 | sed 1d; done; done
< customer_id
< X
> X,11500.00
> X,86500.00
> X,8539.07
> X,54646.15
