# An empty field is missing: arithmetic on it is missing, and a
# comparison with a missing value is false (so "not" makes it true).
# Division by zero is missing too, and counted on stderr.
$ crm-segment -q --default other -e 'neg: not (clv > 0)' -e 'ratio: monetary / clv > 1' -e 'pos: clv > 0'
< customer_id,monetary,clv
< a,10,
< b,10,0
< c,10,5
< d,10,20
> customer_id,monetary,clv,segment
> a,10,,neg
> b,10,0,neg
> c,10,5,ratio
> d,10,20,pos
