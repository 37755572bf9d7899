# scripts/weekly-tier-list run by cron on exports nobody checked: it
# mails crm-import's counts, fails past --max-rejects (5% by default) or
# when no row can be used, and does not wait for ever on a hung run's
# lock.
. "$CRM_TOP/tests/e2e/lib.sh"
week=$CRM_TOP/scripts/weekly-tier-list
mkdir out
# 1000 orders of 20 customers; in bad.csv 88% of the amounts are in a
# form crm-import rejects (the rest: 12 customers, 10 orders each).
awk 'BEGIN { print "customer_id,order_date,amount"
	for (i = 0; i < 1000; i++)
		printf "c%d,2024-%02d-%02d,%d.50\n", i % 20, i % 12 + 1, i % 28 + 1, i % 100 + 1 }' >good.csv
awk -F, 'NR > 1 && (NR - 2) % 100 < 88 { $3 = "x" $3 } { print }' OFS=, good.csv >bad.csv

# A good export: the counts are in the mail (standard error).
$week --date 2024-12-31 good.csv out >r1.txt 2>e1 || fail "good run: $(cat e1)"
grep -q '^crm-import: 1000 rows read = 1000 written + 0 merged into orders + 0 rejected' e1 ||
	fail "no counts in the mail: $(cat e1)"

# 88% rejected: the run fails with exit 1, says how many and why, and
# writes nothing.
$week --date 2025-01-07 bad.csv out >r2.txt 2>e2
[ $? = 1 ] || fail "88% rejected: exit not 1: $(cat e2)"
grep -q 'crm-import: 880 of 1000 rows rejected, more than 5% (--max-rejects)' e2 ||
	fail "88% rejected: $(cat e2)"
grep -q 'column "amount": cannot parse "x1.50"' e2 || fail "no reject shown: $(cat e2)"
grep -q 'weekly-tier-list: crm-import failed (exit 1)' e2 || fail "$(cat e2)"
[ ! -e out/tiers-2025-01-07.csv ] && [ ! -s r2.txt ] || fail "a failed run wrote a report"

# --max-rejects raises the limit; the rejects are counted in the mail.
$week --date 2025-01-07 --max-rejects 90% bad.csv out >r3.txt 2>e3 ||
	fail "--max-rejects 90%: $(cat e3)"
grep -q '^crm-import: 1000 rows read = 120 written + 0 merged into orders + 880 rejected (880 bad amount)' e3 ||
	fail "--max-rejects 90%: $(cat e3)"

# --stats FILE: each step's counts, a row a step (crm-report's second
# for the previous tiers), read by the last line of the mail.
$week --date 2025-01-08 --max-rejects 90% --stats st.csv bad.csv out \
    >/dev/null 2>e5 || fail "--stats: $(cat e5)"
[ "$(cut -d, -f1-8 st.csv | tr '\n' ' ')" = "tool,input,rows_read,rows_written,\
rows_merged,rows_aside,rows_rejected,rejected_by_reason \
crm-import,bad.csv,1000,120,0,0,880,bad amount=880 \
crm-rfm,orders.csv,120,12,108,0,0, crm-abc,rfm.csv,12,12,0,0,0, \
crm-clv,abc.csv,12,12,0,0,0, crm-segment,clv.csv,12,12,0,0,0, \
crm-report,tiers.csv,12,12,0,0,0, \
crm-report,out/tiers-2025-01-07.csv,12,12,0,0,0, " ] || fail "--stats: $(cat st.csv)"
tail -n 1 e5 | grep -q '^weekly-tier-list: 1000 rows read, 12 customers: ' ||
	fail "--stats: $(tail -n 1 e5)"

# Every row rejected, with no limit: no tier list of nobody (exit 1).
awk -F, 'NR > 1 { $3 = "x" $3 } { print }' OFS=, good.csv >none.csv
$week --date 2025-01-14 --max-rejects none none.csv out >r4.txt 2>e4
[ $? = 1 ] || fail "all rejected: exit not 1: $(cat e4)"
grep -q 'crm-import: no row could be used: all 1000 rows were rejected (1000 bad amount)' e4 ||
	fail "all rejected: $(cat e4)"
[ ! -e out/tiers-2025-01-14.csv ] || fail "all rejected: a tiers file"

# Bad option values are usage errors.
$week --max-rejects lots good.csv out 2>e5
[ $? = 2 ] || fail "--max-rejects lots: not exit 2"
$week --lock-wait soon good.csv out 2>e5
[ $? = 2 ] || fail "--lock-wait soon: not exit 2"
# A master file that cannot be read fails before any step, as an
# export that cannot be (exit 3), naming it.
$week --master no-such-master.csv good.csv out 2>e5
[ $? = 3 ] || fail "--master missing: not exit 3"
grep -q 'cannot read --master no-such-master.csv' e5 || fail "--master: $(cat e5)"

# A hung run holds the lock: the next one gives up after --lock-wait
# with exit 75 and says why, instead of waiting for ever.
(
	exec 9>out/.weekly-tier-list.lock
	flock 9
	sleep 60 &
	echo $! >holder
	wait
) &
while [ ! -s holder ]; do sleep 0.1; done
holder=$(cat holder)	# the sleep; killed, its shell ends and frees the lock
start=$(date +%s)
$week --date 2025-01-21 --lock-wait 2 good.csv out >r6.txt 2>e6
code=$?
took=$(($(date +%s) - start))
kill "$holder"
[ "$code" = 75 ] || fail "locked: exit $code, not 75: $(cat e6)"
[ "$took" -lt 30 ] || fail "locked: waited $took s"
grep -q 'is locked by another run after 2 s (--lock-wait)' e6 || fail "locked: $(cat e6)"
[ ! -e out/tiers-2025-01-21.csv ] || fail "locked: a tiers file"
exit 0
