# Every row has a field too many (an unquoted decimal comma): all are
# rejected, so nothing is written: exit 1, the counts in words.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment -q --scheme rfm -o "$d/out.csv"
< customer_id,r_score,f_score,m_score
< a,5,4,3,5
< b,1,2,3,4
! crm-segment: no row could be used: all 2 rows were rejected (2 wrong field count); --rejects FILE keeps them all
? 1
