# CR alone ends a line: every customer is ranked.
$ printf 'customer_id,monetary\ra,5\rb,6\rc,7\r' | ../balance crm-abc
> customer_id,monetary,rank,value_share,cum_share,abc_class
> a,5,3,0.277778,1.000000,A
> b,6,2,0.333333,0.722222,A
> c,7,1,0.388889,0.388889,A
! crm-abc: 3 rows read = 3 ranked + 0 rejected
? 0
