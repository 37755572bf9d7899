# -o FILE.gz writes gzip, never plain text under a gzip name, and the
# same rows give the same bytes; crm-rfm reads it as it is.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-import -q -o "$d/t.csv.gz" ../../data/sheets/sales.xlsx
$ cp "$d/t.csv.gz" "$d/first.gz"; crm-import -q -o "$d/t.csv.gz" ../../data/sheets/sales.xlsx
$ cmp "$d/t.csv.gz" "$d/first.gz" && gzip -t "$d/t.csv.gz" && gzip -dc "$d/t.csv.gz" | head -n 2
$ crm-rfm -q "$d/t.csv.gz" | cut -d, -f1-6
> customer_id,order_date,amount,kind,order_id,channel
> 00123,2024-01-05,1234.50,purchase,A-001,门店
> customer_id,first_date,last_date,recency_days,frequency,monetary
> 0007,,,,0,-20.00
> 00123,2024-01-05,2024-03-10,3,2,1334.49
> 0456,2024-02-29,2024-02-29,13,1,0.10
> 789,2024-03-11,2024-03-11,2,1,1234.60
