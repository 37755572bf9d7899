# A customer twice: the second row is rejected, not counted twice.
$ ../balance crm-report --format csv | grep '^totals,all,customers'
< customer_id,monetary,segment
< a,1,A
< a,2,B
< b,3,B
> totals,all,customers,2
! crm-report: line 3, column "customer_id": "a" again (first on line 2)
? 0
