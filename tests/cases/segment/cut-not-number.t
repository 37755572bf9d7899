# The cut options take plain numbers, as the rules read them: "inf" would
# otherwise reach the rules as a column name.
$ crm-segment --scheme value-loyalty --value-cut inf
< customer_id,recency_days,frequency,monetary,tenure_days
< a,1,1,1,1
! crm-segment: --value-cut takes a number, not "inf"
? 2
