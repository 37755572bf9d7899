# --actions-by without a plan to join: a usage error.
$ ../balance crm-segment --actions-by abc_class
< customer_id,abc_class
< a,A
! crm-segment: --actions-by needs --actions
? 2
