# --date-format %s: seconds since 1970-01-01 00:00 UTC, the same day in
# every time zone (strptime would read them in local time).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cat >"$d/in.csv"
$ for tz in UTC Asia/Tokyo America/Los_Angeles; do TZ=$tz crm-import -q --time --date-format %s "$d/in.csv" | tail -n 2; done
< customer_id,order_date,amount
< a,1700000000,10
< b,-1,5
> a,2023-11-14,22:13:20,10.00,purchase
> b,1969-12-31,23:59:59,5.00,purchase
> a,2023-11-14,22:13:20,10.00,purchase
> b,1969-12-31,23:59:59,5.00,purchase
> a,2023-11-14,22:13:20,10.00,purchase
> b,1969-12-31,23:59:59,5.00,purchase
