# --partition 0 would divide by zero; more than 256 parts, one open file
# each, are refused too.
$ ../balance crm-import --partition 0 -o tx.csv
< customer_id,order_date,amount
< a,2024-01-01,10
! crm-import: --partition takes a whole number from 1 to 256, not "0"
? 2
