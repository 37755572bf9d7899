# Every value rejected: no customer to report, exit 1 with the counts,
# and no report file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-report -q -o "$d/r.txt"; s=$?; ls -A "$d"; exit $s
< customer_id,monetary,segment
< a,zz,A
< b,1e309,B
! crm-report: no row could be used: all 2 rows were rejected (2 bad value); --rejects FILE keeps them all
? 1
