# A part of a split run with a header alone (too few customers to fill
# every part) is no error with --summary-only; the scoring of the parts'
# sums is where no customer at all fails (summary-empty.t).
$ ../balance crm-rfm --summary-only
< customer_id,order_date,amount
> customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
! crm-rfm: 0 rows read = 0 used + 0 on or after 1970-01-01 + 0 rejected; 0 customers
? 0
