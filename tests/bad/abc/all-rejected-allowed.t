# Every value rejected with --allow-empty: the empty table and exit 0,
# the reject counted in the summary (the last line).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-abc --allow-empty 2>"$d/err"; s=$?; tail -n 1 "$d/err" >&2; exit $s
< customer_id,monetary
< a,zz
> customer_id,monetary,rank,value_share,cum_share,abc_class
! crm-abc: 1 rows read = 0 ranked + 1 rejected (1 bad value)
? 0
