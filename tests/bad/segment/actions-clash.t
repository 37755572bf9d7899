# A plan whose action column is named like an input column ("channel"
# here) would stand beside it under the same name: refused.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'segment,channel\nbig,phone\n' >"$d/plan.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ "$balance" crm-segment -e 'big: monetary > 1' --actions plan.csv
< customer_id,monetary,channel
< a,5,web
! crm-segment: plan.csv: the action column "channel" is a column of the input already; rename it in the plan
? 2
