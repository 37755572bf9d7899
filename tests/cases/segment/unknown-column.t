# An unknown column is named, with the columns there are.
$ crm-segment -e 'a: r_score > 3' -e 'b: frequncy > 2'
< customer_id,r_score,frequency
< a,1,2
! crm-segment: -e 2, column 4: unknown column "frequncy" (did you mean "frequency"?); the columns are "customer_id", "r_score", "frequency"
? 2
