# A horizon of 100,000 months would score 100,000 periods per customer:
# at most 100 years, so that every run is bounded.
$ ../balance crm-clv --unit month --horizon 100000
< customer_id,order_date,amount
< a,2024-01-01,10
! crm-clv: --horizon reaches at most 100 years (1200 months), not 100000 months
? 2
