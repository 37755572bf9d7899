# A quote inside an unquoted field is part of the value: the id a"b is
# kept (quoted on the way out); 6" is a text, not a number, so the rule
# on the number is false for it.
$ ../balance crm-segment -e 'big: monetary > median(monetary)' --default small
< customer_id,monetary
< a"b,5
< c,6"
< d,7
< e,4
> customer_id,monetary,segment
> "a""b",5,small
> c,"6""",small
> d,7,big
> e,4,small
! crm-segment: 4 customers by rule:
? 0
