# A NUL byte in a segment name would cut the name short and merge two
# groups: the row is rejected, naming the column.
$ printf 'customer_id,monetary,segment\na,1,A\000x\nb,2,B\n' | ../balance crm-report --format csv | grep '^totals,all,customers'
> totals,all,customers,1
! crm-report: line 2, column "segment": a NUL byte
? 0
