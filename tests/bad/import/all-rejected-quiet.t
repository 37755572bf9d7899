# Dates the --date-format does not match, under -q: the rows are not
# shown, but the one message says why nothing was written (exit 1).
$ ../balance crm-import -q --date-format %Y-%m-%d
< customer_id,order_date,amount
< A,01/02/2024,5
< B,13/02/2024,6
! crm-import: no row could be used: all 2 rows were rejected (2 bad order_date); --rejects FILE keeps them all
? 1
