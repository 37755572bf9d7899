# What changed since week1.csv, moves known by hand. Order by mean value:
# Gold (375), Silver (66.67), Bronze (10), then Trial, only in week1.
# 1 Gold->Gold, 4 Silver->Silver, 6 Bronze->Bronze: unchanged (3).
# 2 Silver->Gold, 10 Trial->Bronze: upgraded (2).
# 3 Gold->Silver, 5 Gold->Silver: downgraded (2).
# 8 is new; 9 (Gold) and 11 (Bronze) are lost.
# Fell out of the top group, Gold: 9 (400, lost), 3 (300), 5 (80), by
# last week's value.  Retention (no frequency column: a row is active):
# Gold 3 of 4 (9 lost), Silver 2 of 2, Bronze 1 of 2 (11), Trial 1 of 1.
$ crm-report -q --top 0 --previous week1.csv
< customer_id,monetary,segment
< 1,500,Gold
< 2,250,Gold
< 3,100,Silver
< 4,60,Silver
< 5,40,Silver
< 10,25,Bronze
< 6,25,Bronze
< 8,-20,Bronze
> Customer report
> ===============
>
> Call list: 5 customers
> ----------------------
>   Moved down or lost, then aged (no new purchase, only the time passed),
>   then new, then the customers of groups whose plan is a personal contact
>   (phone, call, visit, manager); in each the overdue first, then by value,
>   highest first.
>
>   1  9  Was: Gold; Revenue: 400.00; Move: lost
>      no longer in the customer table (was Gold)
>   2  3  Was: Gold; Now: Silver; Revenue: 100.00; Move: down
>      fell from Gold to Silver: revenue 300.00 to 100.00
>   3  5  Was: Gold; Now: Silver; Revenue: 40.00; Move: down
>      fell from Gold to Silver: revenue 80.00 to 40.00
>   4  11  Was: Bronze; Revenue: 5.00; Move: lost
>      no longer in the customer table (was Bronze)
>   5  8  Now: Bronze; Revenue: -20.00; Move: new
>      new since the previous report
>
> Totals
> ------
>
>   Customers        8
>   Revenue     980.00
>   Groups           3
>   Grouped by  segment
>   Order       by mean revenue, highest first
>
> Groups
> ------
>   % of all customers and of the revenue above zero; mean and median revenue
>   per customer.
>
>   Group   Customers       %  Revenue      %    Mean  Median
>   ------  ---------  ------  -------  -----  ------  ------
>   Gold            2   25.00   750.00  75.00  375.00  375.00
>   Silver          3   37.50   200.00  20.00   66.67   60.00
>   Bronze          3   37.50    30.00   3.00   10.00   25.00
>   ------  ---------  ------  -------  -----  ------  ------
>   all             8  100.00   980.00  98.00  122.50   50.00
>
> Pareto
> ------
>   Customers ranked by revenue, best first; shares of the revenue above zero.
>   The best 20% (2 of 8) give 75.00%.
>
>   Top     Customers      %  Revenue      %
>   ------  ---------  -----  -------  -----
>   top1%           1  12.50   500.00  50.00
>   top5%           1  12.50   500.00  50.00
>   top10%          1  12.50   500.00  50.00
>   top20%          2  25.00   750.00  75.00
>   top50%          4  50.00   910.00  91.00
>
> Since the previous report
> -------------------------
>   Compared with week1.csv (9 customers). Groups by mean revenue, highest
>   first: Gold, Silver, Bronze, Trial; a move to an earlier group is an
>   upgrade.
>
> Changes
>
>   New                         1
>   Lost                        2
>   Upgraded                    2
>   Downgraded                  2
>   Unchanged                   3
>   Fell out of the top groups  3
>
> Retention: of the customers active before, those active now
>
>   Group before  Active before  Active now  Retention %  Churn %
>   ------------  -------------  ----------  -----------  -------
>   Gold                      4           3        75.00    25.00
>   Silver                    2           2       100.00     0.00
>   Bronze                    2           1        50.00    50.00
>   Trial                     1           1       100.00     0.00
>   ------------  -------------  ----------  -----------  -------
>   all                       9           7        77.78    22.22
>
> Movement: previous group (rows) to group now (columns)
>
>   Was \ now  Gold  Silver  Bronze  Trial  lost
>   ---------  ----  ------  ------  -----  ----
>   Gold          1       2       0      0     1
>   Silver        1       1       0      0     0
>   Bronze        0       0       1      0     1
>   Trial         0       0       1      0     0
>   new           0       0       1      0     0
>
> Fell out of the top (Gold): call first
>
>   Customer  Was   Now     Revenue before  Revenue
>   --------  ----  ------  --------------  -------
>   9         Gold  lost            400.00        -
>   3         Gold  Silver          300.00   100.00
>   5         Gold  Silver           80.00    40.00
