# Sums of parts that all came out empty: scoring them finds no customer,
# exit 1, as for transactions with a header alone.
$ ../balance crm-rfm --from-summary
< customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
! crm-rfm: no data rows, only a header (--allow-empty accepts that)
? 1
