# The textbook terms belong to --model textbook: a usage error elsewhere.
$ crm-clv --growth 100
< customer_id,order_date,amount
< a,2024-01-01,5
! crm-clv: --acquisition-cost, --first-profit, --yearly-profit, --service-cost and --growth are for --model textbook
? 2
