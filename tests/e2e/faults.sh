# Write errors fail loudly; -o never leaves a partial file; a closed pipe
# ends the run quietly.
. "$CRM_TOP/tests/e2e/lib.sh"
awk 'BEGIN { print "customer_id,order_date,amount";
	for (i = 0; i < 200000; i++) printf "C%d,2024-01-%02d,%d.99\n", i % 5000, i % 28 + 1, i % 100 }' >in.csv

crm-import -q in.csv >/dev/full 2>err
[ $? = 3 ] || fail "/dev/full: exit $?"
grep -q "^crm-import: write error on standard output: No space left on device$" err ||
	fail "/dev/full message: $(cat err)"

# A run that fails late leaves neither out.csv nor a temporary beside it.
{ cat in.csv; echo "bad,2024-13-01,1"; } | crm-import -q --strict -o out.csv 2>err
[ $? = 1 ] || fail "strict: exit $?"
[ -z "$(ls -A | grep -v -e '^in.csv$' -e '^err$')" ] || fail "left: $(ls -A)"

# A successful run replaces the file whole.
echo old >out.csv
crm-import -q -o out.csv in.csv || fail "-o: exit $?"
[ "$(wc -l <out.csv)" = 200001 ] || fail "-o wrote $(wc -l <out.csv) lines"

crm-import -q -o no/such/dir/out.csv in.csv 2>err
[ $? = 3 ] || fail "bad -o dir: exit $?"

# The reader of the pipe goes away: killed by SIGPIPE, nothing on stderr.
status=$( { crm-import -q in.csv 2>err; echo $? >status; } | head -n 1 >/dev/null; cat status)
[ "$status" = 141 ] || fail "SIGPIPE: exit $status"
[ ! -s err ] || fail "SIGPIPE said: $(cat err)"

# A device is written in place, a link's target replaced, not the link.
crm-import -q -o /dev/stdout in.csv | cmp -s - out.csv || fail "-o /dev/stdout"
[ -L /dev/stdout ] || fail "/dev/stdout replaced"
ln -s target.csv link.csv
crm-import -q -o link.csv in.csv || fail "-o link: exit $?"
[ -L link.csv ] && cmp -s target.csv out.csv || fail "-o link replaced the link"
