# --by takes any number of groups: the 125 cells of a 5-bin RFM cube
# (cells.csv: one customer a cell, worth R x F x M, so made by awk 'for r,
# f, m in 1..5'). The value is (1+2+3+4+5)^3 = 3,375; the best cell, 555,
# holds 125 of it, 3.70%; cell 111 holds 1, 0.03%. Sorted, the 63rd of
# the 125 products (the median) is 20, the mean 3,375 / 125 = 27.
$ crm-report -q --by rfm_cell --format csv cells.csv | sed -n '2,4p'
> totals,all,customers,125
> totals,all,value,3375.00
> totals,all,groups,125
$ crm-report -q --by rfm_cell --format csv cells.csv | grep -c '^groups,[1-5]*,customers,1$'
> 125
$ crm-report -q --by rfm_cell --format csv cells.csv | grep -e '^groups,555,value' -e '^groups,111,value' -e '^groups,all,m'
> groups,555,value,125.00
> groups,555,value_pct,3.70
> groups,111,value,1.00
> groups,111,value_pct,0.03
> groups,all,mean_value,27.00
> groups,all,median_value,20.00
# The chart draws the first 30 groups and says how many more the table
# holds: 125 - 30 = 95.
$ crm-report -q --by rfm_cell --format html cells.csv | grep -o 'and [0-9]* more groups[^<]*'
> and 95 more groups, in the table
