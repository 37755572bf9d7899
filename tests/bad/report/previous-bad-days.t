# A purchase_days the call list would read, bad in the --previous table:
# that row is rejected and counted against the previous table, so b is new.
$ ../balance crm-report --format csv --previous prev-bad-days.csv | grep '^changes,all,new'
< customer_id,monetary,purchase_days,segment
< a,1,1,A
< b,3,2,B
> changes,all,new,1
! crm-report: prev-bad-days.csv: line 3, column "purchase_days": cannot parse "two" (not a number)
