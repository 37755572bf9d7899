# --from-summary with a table that lacks the summary's columns: a usage
# error naming the first missing; -o leaves no temporary behind.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-rfm --from-summary -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,first_date,frequency,monetary
< a,2024-01-01,1,5
! crm-rfm: --from-summary: no column "last_date" (columns: "customer_id", "first_date", "frequency", "monetary")
? 2
