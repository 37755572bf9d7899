# Every tool: a write error (a full device, a file size limit) fails with
# a message and exit 3; -o never leaves a partial file or a temporary; a
# closed pipe ends the run quietly. Every output here is larger than a
# pipe (1 MB, as the tools ask for) and the writer's buffer (1 MB) together.
. "$CRM_TOP/tests/e2e/lib.sh"
awk 'BEGIN { print "customer_id,order_date,amount";
	for (i = 0; i < 100000; i++) printf "C%d,2024-%02d-%02d,%d.99\n",
	    i % 50000, i % 12 + 1, i % 28 + 1, i % 100 }' >orders.csv
crm-rfm -q orders.csv >rfm.csv || fail "crm-rfm"
crm-segment -q --scheme rfm rfm.csv >tiers.csv || fail "crm-segment"

# tool name, then the command line that reads the right input
for run in "crm-import orders.csv" "crm-rfm orders.csv" "crm-abc rfm.csv" \
    "crm-clv --model simple --retention 0.8 rfm.csv" \
    "crm-segment --scheme rfm rfm.csv" "crm-report --top 100000 tiers.csv"; do
	set -- $run
	tool=$1
	shift
	rm -rf out && mkdir out

	$tool -q "$@" >/dev/full 2>err
	[ $? = 3 ] || fail "$tool >/dev/full: exit not 3"
	grep -q "^$tool: write error on standard output: No space left on device$" err ||
		fail "$tool >/dev/full: $(cat err)"

	# A file size limit: no core, a message, nothing left in out/.
	(ulimit -f 16; $tool -q -o out/x.csv "$@") 2>err
	[ $? = 3 ] || fail "$tool ulimit -f: exit not 3"
	grep -q "File too large" err || fail "$tool ulimit -f: $(cat err)"
	[ -z "$(ls -A out)" ] || fail "$tool ulimit -f left $(ls -A out)"

	# The same to standard output redirected to a file.
	(ulimit -f 16; $tool -q "$@" >out/y.csv) 2>err
	[ $? = 3 ] || fail "$tool >file with ulimit -f: exit not 3"
	rm -f out/y.csv

	# The reader goes away: killed by SIGPIPE, and nothing said.
	rm -f status
	{ $tool -q "$@" 2>err; echo $? >status; } | head -n 1 >/dev/null
	[ "$(cat status)" = 141 ] || fail "$tool | head: exit $(cat status)"
	[ ! -s err ] || fail "$tool | head said: $(cat err)"

	# A bad option after -o: nothing is created.
	$tool -q -o out/z.csv --no-such-option "$@" 2>/dev/null
	[ $? = 2 ] || fail "$tool bad option: exit not 2"
	[ -z "$(ls -A out)" ] || fail "$tool bad option left $(ls -A out)"
done

# A run that fails on the data after it began writing leaves nothing.
{ cat orders.csv; echo "bad,2024-13-01,1"; } >late.csv
for tool in crm-import crm-rfm; do
	rm -rf out && mkdir out
	$tool -q --strict -o out/x.csv late.csv 2>/dev/null
	[ $? = 1 ] || fail "$tool --strict: exit not 1"
	[ -z "$(ls -A out)" ] || fail "$tool --strict left $(ls -A out)"
done
