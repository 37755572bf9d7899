# --asof takes an ISO date: a usage error, exit 2.
$ crm-segment --asof 31/03/2024 -e 'A: days_since(last_date) > 1'
< customer_id,last_date
< a,2024-01-01
! crm-segment: --asof takes a date (YYYY-MM-DD), not "31/03/2024"
? 2
