# A quote inside an unquoted field is part of the value: the id a"b is
# kept (quoted on the way out), the value 6" is rejected.
$ ../balance crm-abc
< customer_id,monetary
< a"b,5
< c,6"
< d,7
> customer_id,monetary,rank,value_share,cum_share,abc_class
> "a""b",5,2,0.416667,1.000000,A
> d,7,1,0.583333,0.583333,A
! crm-abc: line 3, column "monetary": cannot parse "6"" (not a number)
? 0
