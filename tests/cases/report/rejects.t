# Rows that cannot be reported are rejected, each with its line and why:
# a value that is no amount, a wrong field count, an id seen before, a
# score outside 1 to 9, no id. A customer with an empty group is in the
# group (none). The field count is checked as the table is read, the rest
# after: its message comes first.
$ crm-report --format csv | grep -e ^totals -e ^groups
! crm-report: line 3, expected 5 fields, found 3
< customer_id,monetary,segment,r_score,f_score
< 1,abc,A,1,1
< 2,5,A
< 3,5,A,1,1
< 3,6,B,1,1
< 4,7,B,0,1
< ,1,A,1,1
< 5,1,,2,2
> totals,all,customers,2
> totals,all,value,6.00
> totals,all,groups,2
> totals,all,by,segment
> totals,all,order,"by mean revenue, highest first"
> groups,A,customers,1
> groups,A,customers_pct,50.00
> groups,A,value,5.00
> groups,A,value_pct,83.33
> groups,A,mean_value,5.00
> groups,A,median_value,5.00
> groups,(none),customers,1
> groups,(none),customers_pct,50.00
> groups,(none),value,1.00
> groups,(none),value_pct,16.67
> groups,(none),mean_value,1.00
> groups,(none),median_value,1.00
> groups,all,customers,2
> groups,all,customers_pct,100.00
> groups,all,value,6.00
> groups,all,value_pct,100.00
> groups,all,mean_value,3.00
> groups,all,median_value,3.00
