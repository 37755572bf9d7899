# --previous without the group column: a usage error naming the file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,monetary\na,1\n' >"$d/prev.csv"
$ ../balance crm-report --previous "$d/prev.csv" 2>&1 | sed "s|$d/||" >&2; exit 0
< customer_id,monetary,segment
< a,1,A
! crm-report: --previous prev.csv: no column "segment" (columns: "customer_id", "monetary")
? 0
