# --actions-by reads the input row by row and --join reads it whole: the
# two together are a usage error that says where to join instead.
$ ../balance crm-segment --actions-by abc_class --actions ../../cases/segment/actions.csv --join ../../../tests/data/retail-master.csv
< customer_id,abc_class
< a,A
! crm-segment: --actions-by takes no --join: join the master file in crm-rfm, or in a crm-segment run before
? 2
