# Diagnostics: "late" matched nobody here, and can never match, since the
# rules before it take every r_score; -q keeps only the second.
$ in='customer_id,r_score,f_score\na,1,2\nb,5,5\n'; printf "$in" | crm-segment -e "hi: r_score >= 3" -e "lo: r_score < 3" -e "late: r_score = 4 and f_score = 1" 2>&1 >/dev/null | grep '^crm-segment: rule'; printf "$in" | crm-segment -q -e "hi: r_score >= 3" -e "lo: r_score < 3" -e "late: r_score = 4 and f_score = 1" 2>&1 >/dev/null
> crm-segment: rule "late" (-e 3) matched nobody
> crm-segment: rule "late" (-e 3) can never match: the rules before it take every score it allows
> crm-segment: rule "late" (-e 3) can never match: the rules before it take every score it allows
