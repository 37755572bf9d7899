# --actions-by on a column the input lacks: a usage error naming the
# columns there are.
$ ../balance crm-segment --actions-by abc_class --actions ../../cases/segment/actions.csv
< customer_id,class
< a,A
! crm-segment: no column "abc_class"; name it with --actions-by (columns: "customer_id", "class")
? 2
