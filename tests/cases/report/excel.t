# --excel goes with the csv format: a byte-order mark, then the numbers
# as they are.
$ crm-report -q --format csv --excel | head -3
< customer_id,monetary,segment
< =1+1,-10,-Gold
< 2,20,Gold
> ﻿section,row,column,value
> totals,all,customers,2
> totals,all,value,10.00
? 0
