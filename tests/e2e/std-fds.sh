# A closed standard stream is opened on /dev/null before anything else:
# with 2>&- (a cron line) the messages go nowhere instead of into the -o
# file; output to a closed standard output fails; a closed standard input
# is an empty one.
. "$CRM_TOP/tests/e2e/lib.sh"
printf 'customer_id,order_date,amount\na,2024-01-01,1\nb,x,2\nc,2024-02-01,3\n' >in.csv

# Each tool, stderr open and closed: the same -o file, byte for byte.
crm-import -o tx.csv in.csv 2>/dev/null
crm-rfm -o rfm.csv tx.csv 2>/dev/null
for run in "crm-import --rejects R -o OUT in.csv" \
    "crm-rfm --rejects R -o OUT in.csv" \
    "crm-abc --rejects R -o OUT rfm.csv" \
    "crm-clv --model simple --retention 0.8 --rejects R -o OUT rfm.csv" \
    "crm-segment --scheme rfm --rejects R -o OUT rfm.csv" \
    "crm-report --format csv -o OUT rfm.csv"; do
	eval "$(echo "$run" | sed 's/ R / r1.csv /; s/OUT/o1.csv/')" 2>/dev/null
	open=$?
	eval "$(echo "$run" | sed 's/ R / r2.csv /; s/OUT/o2.csv/')" 2>&-
	closed=$?
	[ $open = $closed ] || fail "$run: exit $open, with 2>&- $closed"
	cmp -s o1.csv o2.csv || fail "$run with 2>&-: $(diff o1.csv o2.csv)"
	[ ! -f r1.csv ] || cmp -s r1.csv r2.csv || fail "$run: rejects differ"
	rm -f o1.csv o2.csv r1.csv r2.csv
done

# No -o and standard output closed: the rows cannot go anywhere.
crm-rfm tx.csv >&- 2>err
[ $? = 3 ] || fail ">&-: exit $?"
grep -q "^crm-rfm: write error on standard output: Bad file descriptor$" err ||
	fail ">&-: $(cat err)"

# Standard input closed: read as empty, and -o is not confused with it.
crm-rfm -o out.csv <&- 2>err
[ $? = 1 ] || fail "<&-: exit $?"
[ "$(head -n 1 err)" = "crm-rfm: empty input: no header line" ] ||
	fail "<&-: $(cat err)"
[ ! -e out.csv ] || fail "<&-: out.csv written"
