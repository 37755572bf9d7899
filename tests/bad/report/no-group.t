# None of segment, abc_class, rfm_group: a usage error naming them.
$ ../balance crm-report
< customer_id,monetary
< a,1
! crm-report: no group column (segment, abc_class or rfm_group); name one with --by (columns: "customer_id", "monetary")
? 2
