# Split by customer, the parts' sums carry the kept values (after the
# sums) and --from-summary passes them on: the same bytes as one run,
# the master joined at the scoring.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ printf 'customer_id,order_date,amount,name,phone\n001,2024-01-05,10,Ann,+4179\n002,2024-01-06,5,Bo,\n001,2024-02-05,20,,0041\n003,2024-01-09,7,"C, y",\n' >t.csv
$ printf 'customer_id,owner\n002,Kim\n001,Lee\n' >m.csv
$ grep -v '^00[13],' t.csv >p1.csv; grep -v '^002,' t.csv >p2.csv
$ for p in p1 p2; do crm-rfm -q --asof 2024-03-01 --keep name,phone --summary-only $p.csv >$p.sum; done
$ cat p2.sum
$ { cat p1.sum; tail -n +2 p2.sum; } | crm-rfm -q --from-summary --asof 2024-03-01 --join m.csv >parts.csv
$ crm-rfm -q --asof 2024-03-01 --keep name,phone --join m.csv t.csv >one.csv
$ cmp parts.csv one.csv && cut -d, -f1,18- one.csv
> customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary,name,phone
> 001,2024-01-05,2024-02-05,2024-02-05,2,30.00,2,20.00,Ann,0041
> 003,2024-01-09,2024-01-09,2024-01-09,1,7.00,1,0.00,"C, y",
> customer_id,name,phone,owner
> 001,Ann,0041,Lee
> 002,Bo,,Kim
> 003,"C, y",,
? 0
