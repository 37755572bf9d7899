# Without --by the group is segment, else abc_class, else rfm_group; a
# table with none of them is a usage error.
$ crm-report
! crm-report: no group column (segment, abc_class or rfm_group); name one with --by (columns: "customer_id", "monetary")
< customer_id,monetary
< 1,5
? 2
