# CR alone ends a line: the groups are counted from every row.
$ printf 'customer_id,monetary,segment\ra,1,A\rb,2,B\rc,3,A\r' |
$     ../balance -f "grep '^groups,.*,customers,'" crm-report --format csv
> groups,A,customers,2
> groups,B,customers,1
> groups,all,customers,3
! crm-report: 3 rows read = 3 reported + 0 rejected
? 0
