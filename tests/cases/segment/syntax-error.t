# A syntax error names the rules file, the line and the column.
$ crm-segment --rules bad.rules
< customer_id,r_score
< a,1
! crm-segment: bad.rules:4:23: expected "," or ")"
? 2
