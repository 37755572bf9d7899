# --campaign: a group that is neither treatment nor control, and a
# customer listed twice, are rejected with their line; the rest counts.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,group\na,treatment\nb,Control\nc,tretment\na,control\n' >"$d/c.csv"; crm-report --campaign "$d/c.csv" --format csv 2>&1 >/dev/null | grep -v '^crm-report: 2 rows read' | sed "s|$d/||"
< customer_id,monetary,segment
< a,10,A
< b,5,A
> crm-report: c.csv: line 4, column "group": "tretment" is neither treatment nor control
> crm-report: c.csv: line 5, customer "a" is in the campaign twice
> crm-report: c.csv: 4 rows read = 2 in the campaign + 2 rejected
