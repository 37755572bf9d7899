# A rule on a column that is not there: a usage error at the spot, with
# the columns there are; the -o file begun first is removed.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --scheme rfm -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,r_score,monetary
< a,5,10
! crm-segment: rfm.rules:16:38: unknown column "f_score" (did you mean "r_score"?); the columns are "customer_id", "r_score", "monetary"
? 2
