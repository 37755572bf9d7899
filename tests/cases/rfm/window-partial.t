# The same rule for the window itself: data that starts inside it leaves
# the previous window empty. A return counts as data; a row on or after
# the as-of date does not. With --window 46d the previous window starts
# on the data's first day: covered, no warning.
$ in=$(cat); for w in 6m 46d; do echo "$in" | crm-rfm --asof 2024-12-31 --window $w --trend 2>&1 >/dev/null | grep window || echo "$w: no warning"; done
< customer_id,order_date,amount,kind
< a,2024-09-30,-5,return
< a,2024-10-01,100,purchase
< b,2025-01-01,20,purchase
> crm-rfm: the window (2024-06-30 to 2024-12-30) is only partly covered by the data, which starts on 2024-09-30: 92 of 184 days; frequency and monetary count those days only
> crm-rfm: the previous window (2023-12-30 to 2024-06-29) is not covered by the data, which starts on 2024-09-30: 0 of 183 days; the change columns compare a partial window with an empty one
> 46d: no warning
