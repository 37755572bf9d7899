# --previous with a table of another scheme (A/B/C classes against
# named segments): no group in common, so every customer would show as
# moved; refused with the reason.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,monetary,segment\n1,500,A\n2,250,B\n' >"$d/last.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ "$balance" crm-report --previous last.csv
< customer_id,monetary,segment
< 1,500,Gold
< 2,250,Silver
! crm-report: --previous last.csv: none of its groups is a group of this table: it comes from another scheme or another --by column, and every customer would show as moved
? 1
