# Diagnostics: "late" can never match, since the rules before it take
# every r_score; "none" matched no row of this input.
$ crm-segment -q -e 'hi: r_score >= 3' -e 'lo: r_score < 3' -e 'late: r_score = 4 and f_score = 1' >/dev/null
< customer_id,r_score,f_score
< a,1,2
< b,5,5
! crm-segment: rule "late" (-e 3) matched nobody
