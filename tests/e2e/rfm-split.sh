# Summaries of disjoint sets of customers, concatenated and scored, give
# exactly the output of one run over all the transactions.
. "$CRM_TOP/tests/e2e/lib.sh"
crm-import -q --cancel-prefix C "$CRM_TOP/tests/data/retail-sample.csv" >tx.csv
for opts in "" "--asof 2011-12-01 --window 6m --trend"; do
	crm-rfm -q $opts --segment-names tx.csv >whole.csv || fail "whole run ($opts)"
	# Three parts by the last digit of the customer id.
	for part in 0 1 2; do
		awk -F, -v p=$part 'NR == 1 || substr($1, length($1)) % 3 == p' tx.csv |
			crm-rfm -q --summary-only $opts >part$part.csv ||
			fail "part $part ($opts)"
	done
	{ cat part2.csv; sed 1d part0.csv; sed 1d part1.csv; } >all.csv
	crm-rfm -q --from-summary $opts --segment-names all.csv >scored.csv ||
		fail "scoring ($opts)"
	cmp whole.csv scored.csv || fail "outputs differ ($opts)"
	[ "$(wc -l <whole.csv)" -gt 30 ] || fail "too few customers"
done
# Overlapping parts are refused.
cat part0.csv part0.csv | crm-rfm -q --from-summary $opts >/dev/null 2>err &&
	fail "overlap accepted"
grep -q "appears twice" err || fail "overlap message: $(cat err)"
