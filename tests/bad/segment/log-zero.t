# log(0) in a rule is undefined: each row taken as not matching, and the
# tool says why (not only that the rule matched nobody).
$ ../balance crm-segment -e 'x: log(monetary) > 1' --default other 2>&1 >/dev/null | grep -c "^crm-segment: rule \"x\" (-e 1): a division by zero, the log of a number <= 0 or a date that is none in 2 rows, taken as not matching$"
< customer_id,monetary
< a,0
< b,-3
< c,7
> 1
? 0
