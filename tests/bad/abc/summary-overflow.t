# Values that each fit but add up beyond the range of money: the Pareto
# table stops (exit 1) rather than print a sum that wrapped around.
$ ../balance crm-abc --summary
< customer_id,monetary
< a,9000000000000
< b,9000000000000
! crm-abc: class A: the values add up beyond the range of 9.2 trillion
? 1
