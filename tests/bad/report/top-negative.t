# --top takes a whole number from 0.
$ ../balance crm-report --top -1
< customer_id,monetary,segment
< a,1,A
! crm-report: --top takes a whole number from 0 to 1000000, not "-1"
? 2
