# Scoring summed parts gives the same warning when given the --window:
# the data starts at the earliest first_date. A part (--summary-only)
# does not warn, since it cannot know where the whole data starts.
$ crm-rfm --summary-only --asof 2024-12-31 --window 1y --trend 2>/dev/null | crm-rfm --from-summary --asof 2024-12-31 --window 1y --trend | cut -d, -f1,6,12-14
< customer_id,order_date,amount
< a,2023-12-22,100
< a,2024-06-01,150
< b,2024-03-01,20
! crm-rfm: the previous window (2022-12-31 to 2023-12-30) is only partly covered by the data, which starts on 2023-12-22: 9 of 365 days; the change columns compare a full window with a partial one
> customer_id,monetary,prev_monetary,monetary_change,monetary_change_pct
> a,150.00,100.00,50.00,50.00
> b,20.00,0.00,20.00,
