# --actions-by beside rules, which would make a segment it does not
# write: a usage error.
$ ../balance crm-segment --actions-by abc_class --scheme rfm --actions ../../cases/segment/actions.csv
< customer_id,abc_class
< a,A
! crm-segment: --actions-by joins a plan on a column the input has: give no rules, --tiers, --kmeans, --default or --name
? 2
