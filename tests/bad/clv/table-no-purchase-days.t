# crm-rfm's table cut short, without purchase_days: told what it lacks
# (exit 2), not taken for transactions and asked for a --date column.
$ ../balance crm-clv --params params.csv
< customer_id,first_date,last_date,recency_days,frequency,monetary,repeat_monetary
< a,2024-01-01,2024-02-01,5,2,10.00,5.00
! crm-clv: no column "purchase_days" (columns: "customer_id", "first_date", "last_date", "recency_days", "frequency", "monetary", "repeat_monetary")
? 2
