# The same eight customers as text.t in Markdown (GitHub tables):
# numbers right-aligned, the source aligned too, punctuation of the data
# escaped (abc_class would read abc\_class).
$ crm-report -q --format markdown --top 1 --title 'Week 26'
< customer_id,first_date,last_date,recency_days,frequency,monetary,r_score,f_score,segment,channel,visits_per_month
< 1,2024-01-05,2024-06-20,10,8,500,3,3,Gold,phone,2
< 2,2024-02-01,2024-06-25,5,6,250,3,2,Gold,phone,2
< 3,2024-01-10,2024-05-01,60,3,100,2,2,Silver,email,1
< 4,2024-03-01,2024-06-01,29,2,60,2,1,Silver,email,1
< 5,2024-01-02,2024-04-01,90,4,40,1,2,Silver,email,1
< 10,2024-03-03,2024-03-03,119,1,25,1,1,Bronze,mail,0.5
< 6,2024-02-15,2024-02-15,135,1,25,1,1,Bronze,mail,0.5
< 8,,,,0,-20,1,1,Bronze,mail,0.5
> # Week 26
>
> ## Call list: 2 customers
>
> The customers of groups whose plan is a personal contact (phone, call, visit, manager); in each the overdue first, then by value, highest first.
>
> |   # | Customer | Group | channel | visits\_per\_month | Revenue | Reason                                                                             |
> | --: | :------- | :---- | :------ | -----------------: | ------: | :--------------------------------------------------------------------------------- |
> |   1 | 1        | Gold  | phone   |                  2 |  500.00 | Gold, whose plan is a personal contact; no purchase for 10 days (usually every 24) |
> |   2 | 2        | Gold  | phone   |                  2 |  250.00 | Gold, whose plan is a personal contact; no purchase for 5 days (usually every 29)  |
>
> ## Totals
>
> - Customers: 8
> - Revenue: 980.00
> - First date: 2024-01-02
> - Last date: 2024-06-25
> - Groups: 3
> - Grouped by: segment
> - Order: by mean revenue, highest first
>
> ## Groups
>
> % of all customers and of the revenue above zero; mean and median revenue per customer; mean recency (days since the last purchase) and frequency.
>
> | Group  | Customers |      % | Revenue |     % |   Mean | Median | Recency | Frequency |
> | :----- | --------: | -----: | ------: | ----: | -----: | -----: | ------: | --------: |
> | Gold   |         2 |  25.00 |  750.00 | 75.00 | 375.00 | 375.00 |     7.5 |       7.0 |
> | Silver |         3 |  37.50 |  200.00 | 20.00 |  66.67 |  60.00 |    59.7 |       3.0 |
> | Bronze |         3 |  37.50 |   30.00 |  3.00 |  10.00 |  25.00 |   127.0 |       0.7 |
> | all    |         8 | 100.00 |  980.00 | 98.00 | 122.50 |  50.00 |    64.0 |       3.1 |
>
> ## Pareto
>
> Customers ranked by revenue, best first; shares of the revenue above zero. The best 20% (2 of 8) give 75.00%.
>
> | Top    | Customers |     % | Revenue |     % |
> | :----- | --------: | ----: | ------: | ----: |
> | top1%  |         1 | 12.50 |  500.00 | 50.00 |
> | top5%  |         1 | 12.50 |  500.00 | 50.00 |
> | top10% |         1 | 12.50 |  500.00 | 50.00 |
> | top20% |         2 | 25.00 |  750.00 | 75.00 |
> | top50% |         4 | 50.00 |  910.00 | 91.00 |
>
> ## Customers by R and F score
>
> Rows: R score (recency, highest most recent); columns: F score (frequency).
>
> | R \\ F |   1 |   2 |   3 |
> | :----- | --: | --: | --: |
> | 3      |   0 |   1 |   1 |
> | 2      |   1 |   1 |   0 |
> | 1      |   3 |   1 |   0 |
>
> ### Mean revenue by R and F score
>
> | R \\ F |     1 |      2 |      3 |
> | :----- | ----: | -----: | -----: |
> | 3      |     - | 250.00 | 500.00 |
> | 2      | 60.00 | 100.00 |      - |
> | 1      | 10.00 |  40.00 |      - |
>
> ## Top customers
>
> The best 1 of each group by revenue.
>
> ### Gold: best 1 of 2
>
> |   # | Customer | Revenue | Recency | Frequency |
> | --: | :------- | ------: | ------: | --------: |
> |   1 | 1        |  500.00 |      10 |         8 |
>
> ### Silver: best 1 of 3
>
> |   # | Customer | Revenue | Recency | Frequency |
> | --: | :------- | ------: | ------: | --------: |
> |   1 | 3        |  100.00 |      60 |         3 |
>
> ### Bronze: best 1 of 3
>
> |   # | Customer | Revenue | Recency | Frequency |
> | --: | :------- | ------: | ------: | --------: |
> |   1 | 6        |   25.00 |     135 |         1 |
>
> ## Segment actions
>
> | Group  | channel | visits\_per\_month |
> | :----- | :------ | :----------------- |
> | Gold   | phone   | 2                  |
> | Silver | email   | 1                  |
> | Bronze | mail    | 0.5                |
