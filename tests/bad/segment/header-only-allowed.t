# A header and no rows with --allow-empty: the table with its new column,
# no rows, exit 0 (as before issue 17); the whole-input functions have
# nothing to work on, and that is no error.
$ ../balance crm-segment --allow-empty -e 'big: monetary > pct(monetary)'
< customer_id,monetary
> customer_id,monetary,segment
! crm-segment: 0 customers by rule:
? 0
