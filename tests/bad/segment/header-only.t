# A header and no rows: the table with its new column, no rows; the
# whole-input functions have nothing to work on, and that is no error.
$ ../balance crm-segment -e 'big: monetary > pct(monetary)'
< customer_id,monetary
> customer_id,monetary,segment
! crm-segment: 0 customers by rule:
? 0
