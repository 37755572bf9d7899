# --actions-by: a row of the wrong length is rejected, counted, and the
# others still get their plan.
$ ../balance crm-segment --actions-by abc_class --actions ../../cases/segment/actions.csv
< customer_id,abc_class
< a,A
< b,B,extra
> customer_id,abc_class,visits_per_month,calls_per_month,gift
> a,A,3,2-3,custom
! crm-segment: line 3, expected 2 fields, found 3
