# A rules file saved with a byte-order mark keeps its first rule.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf '\357\273\277big: monetary > 100\nsmall: monetary <= 100\n' >"$d/r.rules"
$ ../balance crm-segment --rules "$d/r.rules"
< customer_id,monetary
< a,500
< b,5
> customer_id,monetary,segment
> a,500,big
> b,5,small
! crm-segment: 2 customers by rule:
? 0
