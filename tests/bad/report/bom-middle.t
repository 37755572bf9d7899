# Two exports put one after the other: the second header and its
# byte-order mark land in the middle. The header row is rejected as a
# bad value; the BOM before "b" is dropped, so "b" stays one customer.
$ printf 'customer_id,monetary,segment\na,1,A\n\357\273\277customer_id,monetary,segment\n\357\273\277b,2,B\n' | ../balance crm-report --format csv | grep '^totals,all,customers'
> totals,all,customers,2
! crm-report: line 3, column "monetary": cannot parse "monetary" (not a number)
? 0
