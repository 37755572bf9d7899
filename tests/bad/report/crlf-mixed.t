# CRLF and LF lines mixed: all read the same.
$ printf 'customer_id,monetary,segment\r\na,1,A\nb,2,B\r\nc,3,A\n' | ../balance crm-report --format csv | grep '^groups,.*,customers,'
> groups,A,customers,2
> groups,B,customers,1
> groups,all,customers,3
! crm-report: 3 rows read = 3 reported + 0 rejected
? 0
