# --campaign without a group column: exit 1, saying what it needs.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,arm\na,treatment\n' >"$d/c.csv"; crm-report --campaign "$d/c.csv" 2>"$d/err" >/dev/null; s=$?; sed "s|$d/||" "$d/err"; exit $s
< customer_id,monetary,segment
< a,10,A
> crm-report: --campaign c.csv: no column "group" (it needs customer_id and group, treatment or control)
? 1
