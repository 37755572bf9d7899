# An input column named like one crm-clv writes: refused, as the output
# would have two and the next tool would read the first.
$ ../balance crm-clv --model textbook --yearly-profit 10
< customer_id,clv
< a,1
! crm-clv: the input has a column "clv" already, which this tool writes: rename it
? 2
