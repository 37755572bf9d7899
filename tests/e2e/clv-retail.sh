# crm-clv on UCI Online Retail, the data its users have: over the full
# period and as of 2011-07-01, both models finish (within 120 s of
# processor time; a fit takes 2 s under the sanitizers), say that the
# dropout process is at a boundary, mark it in --params-out, refuse it
# with --strict-fit, and fit an interior model with --penalizer.  The
# BG/NBD log-likelihood is recomputed here from the summary crm-clv
# wrote, independently of its code.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data online-retail
gzip -dc "$dir/online_retail.csv.gz" |
    crm-import -q --encoding latin1 --cancel-prefix C >orders.csv ||
	fail "import"
crm-rfm -q --asof 2011-07-01 orders.csv >rfm.csv || fail "crm-rfm"

# clv NAME MODEL INPUT [OPTION...]: a run that must end by itself, exit 0.
clv() {
	name=$1 model=$2 in=$3
	shift 3
	bounded 120 crm-clv --model "$model" --params-out "$name.params" \
	    --summary-out "$name.sum" "$@" "$in" >"$name.csv" 2>"$name.err" ||
		fail "$name: exit $?: $(cat "$name.err")"
}

for model in bgnbd pnbd; do
	for period in full 0701; do
		in=orders.csv
		[ $period = full ] || in=rfm.csv
		clv $model-$period $model $in
		grep -q "$model fit at a boundary (.*no customer in this data has visibly stopped buying" \
		    $model-$period.err || fail "$model $period: no boundary warning: $(cat $model-$period.err)"
		grep -qx "$model,boundary,1," $model-$period.params ||
			fail "$model $period: boundary row: $(cat $model-$period.params)"
		grep -qx "$model,iterations,[0-9]*," $model-$period.params ||
			fail "$model $period: no iterations row"
		[ "$(sed 1d $model-$period.csv | wc -l)" -gt 2900 ] ||
			fail "$model $period: customers scored"

		# a penalized fit is interior: every parameter has its error
		clv $model-$period-pen $model $in --penalizer 0.01
		grep -qx "$model,boundary,0," $model-$period-pen.params ||
			fail "$model $period penalized: $(cat $model-$period-pen.params)"
		[ "$(grep -c "^$model,[a-z]*,[0-9.]*,[0-9.]*[1-9][0-9.]*\$" \
		    $model-$period-pen.params)" = 4 ] ||
			fail "$model $period penalized: errors $(cat $model-$period-pen.params)"
	done
	bounded 120 crm-clv -q --model $model --strict-fit orders.csv \
	    >/dev/null 2>strict.err && fail "$model: --strict-fit accepted a boundary fit"
	[ $? = 1 ] || fail "$model --strict-fit: exit code"
	grep -q "^crm-clv: $model fit at a boundary: --strict-fit refuses it" strict.err ||
		fail "$model --strict-fit: $(cat strict.err)"
done

# The BG/NBD log-likelihood of the fitted parameters, summed in Python
# over the customers of --summary-out, matches the one crm-clv reports
# (in days, which the summary holds exactly).  B(a, b+x) / B(a, b) is
# the product over j < x of (b+j) / (a+b+j): at a boundary b is 1e9, and
# a difference of lgammas would keep only 1e-5 of each customer's term.
clv day bgnbd orders.csv --unit day
clv day-0701 bgnbd rfm.csv --unit day
clv day-pen bgnbd orders.csv --unit day --penalizer 0.01
for f in day day-0701 day-pen; do
	python3 - "$f.params" "$f.sum" <<'PY' || fail "$f: log-likelihood differs"
import csv, math, sys
p = {r["param"]: float(r["value"]) for r in csv.DictReader(open(sys.argv[1]))
     if r["model"] == "bgnbd"}
r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
lbr = lambda x: math.fsum(math.log1p(-a / (a + b + j)) for j in range(int(x)))
ll = 0.0
for c in csv.DictReader(open(sys.argv[2])):
    x, tx, T = float(c["frequency"]), float(c["recency"]), float(c["T"])
    head = math.lgamma(r + x) - math.lgamma(r) + r * math.log(al) + lbr(x)
    alive = -(r + x) * math.log(al + T)
    if x > 0:
        dead = math.log(a / (b + x - 1)) - (r + x) * math.log(al + tx)
        hi = max(alive, dead)
        alive = hi + math.log(math.exp(alive - hi) + math.exp(dead - hi))
    ll += head + alive
want = p["loglik"]
print(sys.argv[1], ll, want)
sys.exit(abs(ll - want) > 1e-9 * abs(want) + 1e-5)
PY
done

# --model simple: the retention it used, and that the year before the
# last holds only 9 days of this export.
bounded 120 crm-clv --model simple orders.csv >simple.csv 2>simple.err ||
	fail "simple: $(cat simple.err)"
grep -q "^crm-clv: retention [0-9.]*% a year (auto): [0-9]* of the [0-9]* customers" simple.err ||
	fail "simple: no retention line: $(cat simple.err)"
grep -q "year before the last (2009-12-10 to 2010-12-09) holds only 9 days of data, which starts on 2010-12-01" simple.err ||
	fail "simple: no short-year warning: $(cat simple.err)"

# The holdout compares the model with the naive forecast.
bounded 120 crm-clv --calibration-end 2011-06-30 --holdout-end 2011-12-09 \
    --penalizer 0.01 orders.csv >/dev/null 2>hold.err || fail "holdout: $(cat hold.err)"
grep -q "mean absolute error per customer [0-9.]*, naive [0-9.]*, over 2960 customers" hold.err ||
	fail "holdout: $(cat hold.err)"
exit 0
