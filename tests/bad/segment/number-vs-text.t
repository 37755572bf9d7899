# A number in a rule against a text field ("nan", "1e309" beyond a
# double, "--") compares as nothing: false, and counted on stderr.
$ ../balance crm-segment -e 'big: monetary > 1' --default small
< customer_id,monetary
< a,nan
< b,1e309
< c,5
< d,--
> customer_id,monetary,segment
> a,nan,small
> b,1e309,small
> c,5,big
> d,--,small
! crm-segment: 4 customers by rule:
? 0
