# --window 0 (a script's variable left at 0): the cause, an empty
# window, not only the form the option takes.
$ ../balance crm-rfm --window 0
< customer_id,order_date,amount
< a,2024-01-01,10
! crm-rfm: --window takes a length of at least 1 (as 90d or 1y), not "0": an empty window counts nothing
? 2
