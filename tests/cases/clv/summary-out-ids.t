# --summary-out from crm-rfm's customer table names each customer by its
# customer_id, as it does from transactions (it once wrote row numbers).
# a: purchase days 2024-01-01 and 2024-03-01, so one repeat, recency 60
# days, and T 99 days to 2024-04-09, the last day before the as-of date;
# b: one purchase day, no repeat, T 39 days. In weeks: 60/7 = 8.57,
# 99/7 = 14.14, 39/7 = 5.57; monetary_value is the mean repeat purchase,
# 20 for a.
$ s=$(mktemp); crm-rfm -q --asof 2024-04-10 | crm-clv -q --unit week --params params.csv --summary-out $s >/dev/null; cat $s; rm -f $s
< customer_id,order_date,amount,kind
< a,2024-01-01,10,purchase
< a,2024-03-01,20,purchase
< b,2024-03-01,5,purchase
> customer_id,frequency,recency,T,monetary_value
> a,1,8.57,14.14,20.00
> b,0,0.00,5.57,0.00
