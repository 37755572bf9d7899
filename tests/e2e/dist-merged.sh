# The steps of crm(7), "Past one machine", that must see every customer
# (crm-rfm's quintiles, crm-abc's ranks and shares, crm-clv's fit,
# crm-segment's percentiles and medians) give on the table merged from
# parts exactly what one run gives; crm-clv --params scores any blocks of
# its rows as the run that fitted them.  Without ssh: the parts here.
. "$CRM_TOP/tests/e2e/lib.sh"
rules="-e 'Top: pct(monetary) >= 90' \
    -e 'Big: monetary > 3 * median(monetary)' \
    -e 'Upper: frequency >= percentile(frequency, 75)' \
    -e 'Rest: true'"
run() {
	crm-abc -q | crm-clv -q "$@" | crm-segment -q --scheme pyramid |
		eval "crm-segment -q --name tier $rules"
}
crm-import -q --cancel-prefix C "$CRM_TOP/tests/data/retail-sample.csv" \
    >tx.csv || fail "import"
crm-rfm -q --segment-names tx.csv | run >one.csv || fail "one run"

crm-import -q --cancel-prefix C --partition 3 -o tx.csv \
    "$CRM_TOP/tests/data/retail-sample.csv" || fail "partition"
for p in 0 1 2; do
	crm-rfm -q --summary-only -o tx.$p.sum tx.$p.csv || fail "part $p"
done
# crm(7)'s Python puts every id where crm-import did.
man_example crm.7 "cat part.py" >part.py
grep -q 1099511628211 part.py || fail "part.py not found in crm.7"
for p in 0 1 2; do
	tail -n +2 tx.$p.csv | cut -d, -f1 | python3 part.py 3 | sort -u >got
	[ "$(cat got)" = $p ] || fail "part.py places part $p's ids in $(cat got)"
done
[ "$(printf 'C00123\n' | python3 part.py 4)" = 2 ] || fail "part.py: C00123"
show "crm(7)'s part.py agrees with crm-import --partition 3 on every id"
{ head -n 1 tx.0.sum; for p in 0 1 2; do tail -n +2 tx.$p.sum; done; } |
	crm-rfm -q --from-summary --segment-names >rfm.csv || fail "merge"
crm-abc -q rfm.csv | crm-clv -q --params-out params.csv >/dev/null ||
	fail "fit"
run --params params.csv <rfm.csv >merged.csv || fail "merged run"
cmp one.csv merged.csv || fail "merged table's segments differ from one run's"
n=$(($(wc -l <one.csv) - 1))
show "crm-abc, crm-clv --params, crm-segment (pyramid; pct, median," \
    "percentile) on the merged table = one run ($n customers)"

# crm-clv --params on blocks of rows, each with the header, in order.
crm-abc -q rfm.csv >abc.csv
crm-clv -q --params params.csv abc.csv >whole.csv || fail "whole scoring"
half=$((n / 2 + 1))
{ head -n "$half" abc.csv | crm-clv -q --params params.csv
  { head -n 1 abc.csv; tail -n +$((half + 1)) abc.csv; } |
	crm-clv -q --params params.csv | tail -n +2
} >blocks.csv || fail "block scoring"
cmp whole.csv blocks.csv || fail "blocks scored otherwise than the whole"
show "crm-clv --params: two blocks of rows = the whole, byte for byte"

# The parameters read back exactly; this data is one on which ten
# decimals, as they were written before, move the scores.
crm-abc -q rfm.csv | crm-clv -q >fitted.csv || fail "fit and score"
crm-abc -q rfm.csv | crm-clv -q --params params.csv >scored.csv ||
	fail "--params"
cmp fitted.csv scored.csv || fail "--params scores otherwise than the fit"
awk -F, -v OFS=, 'NR > 1 && $2 !~ /^(loglik|boundary|iterations)$/ {
	$3 = sprintf("%.10f", $3) } 1' params.csv >rounded.csv
crm-abc -q rfm.csv | crm-clv -q --params rounded.csv >rounded-scores.csv
cmp -s fitted.csv rounded-scores.csv &&
	fail "this data cannot tell exact parameters from ten decimals"
show "crm-clv --params-out: parameters read back as fitted, scores equal"
