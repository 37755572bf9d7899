# A header and no customers with --allow-empty: a report of nothing,
# exit 0 (the behaviour before issue 17).
$ ../balance crm-report --allow-empty --format csv | head -n 3
< customer_id,monetary,segment
> section,row,column,value
> totals,all,customers,0
> totals,all,value,0.00
! crm-report: 0 rows read = 0 reported + 0 rejected
? 0
