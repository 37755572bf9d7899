# No value column: a usage error naming -v and the columns; the -o file
# begun first is removed, not left as a temporary.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-abc -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,spend
< a,5
! crm-abc: no column "monetary"; name it with -v (columns: "customer_id", "spend")
? 2
