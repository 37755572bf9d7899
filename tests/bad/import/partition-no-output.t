# --partition writes files named after -o's: without -o there is nowhere
# to write them; refused before reading.
$ ../balance crm-import --partition 2
< customer_id,order_date,amount
< a,2024-01-01,10
! crm-import: --partition needs -o FILE: part P is written to FILE with .P before its extension
? 2
