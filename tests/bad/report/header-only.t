# A header and no customers: a report of nothing, not a crash.
$ ../balance crm-report --format csv | head -n 3
< customer_id,monetary,segment
> section,row,column,value
> totals,all,customers,0
> totals,all,value,0.00
! crm-report: 0 rows read = 0 reported + 0 rejected
? 0
