# Columns line up by display width: CJK characters take two columns of a
# terminal (金牌 is as wide as Gold), whatever their bytes. Columns named
# in Chinese, a value not called monetary keeps its name.
$ crm-report -q --by 分组 --id 客户 -v 金额 --top 1
< 客户,金额,分组,渠道
< 1,100,金牌,电话
< 2,50,银牌,邮件
< 3,30,银牌,邮件
< 4,5,Bronze,mail
> Customer report
> ===============
>
> Totals
> ------
>
>   Customers        4
>   金额        185.00
>   Groups           3
>   Grouped by  分组
>   Order       by mean 金额, highest first
>
> Groups
> ------
>   % of all customers and of the 金额 above zero; mean and median 金额 per
>   customer.
>
>   Group   Customers       %    金额       %    Mean  Median
>   ------  ---------  ------  ------  ------  ------  ------
>   金牌            1   25.00  100.00   54.05  100.00  100.00
>   银牌            2   50.00   80.00   43.24   40.00   40.00
>   Bronze          1   25.00    5.00    2.70    5.00    5.00
>   ------  ---------  ------  ------  ------  ------  ------
>   all             4  100.00  185.00  100.00   46.25   40.00
>
> Pareto
> ------
>   Customers ranked by 金额, best first; shares of the 金额 above zero. The
>   best 20% (1 of 4) give 54.05%.
>
>   Top     Customers      %    金额      %
>   ------  ---------  -----  ------  -----
>   top1%           1  25.00  100.00  54.05
>   top5%           1  25.00  100.00  54.05
>   top10%          1  25.00  100.00  54.05
>   top20%          1  25.00  100.00  54.05
>   top50%          2  50.00  150.00  81.08
>
> Top customers
> -------------
>   The best 1 of each group by 金额.
>
> 金牌: best 1 of 1
>
>   #  Customer    金额
>   -  --------  ------
>   1  1         100.00
>
> 银牌: best 1 of 2
>
>   #  Customer   金额
>   -  --------  -----
>   1  2         50.00
>
> Bronze: best 1 of 1
>
>   #  Customer  金额
>   -  --------  ----
>   1  4         5.00
>
> Segment actions
> ---------------
>
>   Group   渠道
>   ------  ----
>   金牌    电话
>   银牌    邮件
>   Bronze  mail
