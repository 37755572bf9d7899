# --cancel-prefix "$PREFIX" with PREFIX unset: an empty prefix would
# make every order a cancellation; refused.
$ ../balance crm-import --cancel-prefix '' --map order_id=invoice
< customer_id,order_date,amount,invoice
< a,2024-01-01,10,A1
! crm-import: --cancel-prefix takes a prefix of at least one character, not ""
? 2
