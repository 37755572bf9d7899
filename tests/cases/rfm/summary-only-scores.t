# Scoring options with --summary-only are an error, not ignored.
$ crm-rfm --summary-only --segment-names
< customer_id,order_date,amount
< a,2023-06-01,1
! crm-rfm: --summary-only writes no scores: score with --from-summary
? 2
