# Values that are not amounts (1e309, --, 12.3.4) are rejected by line
# and column; the other customers are reported.
$ ../balance crm-report --format csv | grep '^totals,all,customers'
< customer_id,monetary,segment
< a,1e309,A
< b,--,A
< c,12.3.4,B
< d,5.50,B
> totals,all,customers,1
! crm-report: line 2, column "monetary": cannot parse "1e309" (out of range)
? 0
