# crm-clv on the CDNOW sample (shipped in tests/data): the published
# BG/NBD, Pareto/NBD and Gamma-Gamma estimates, by two routes.
. "$CRM_TOP/tests/e2e/lib.sh"
crm-import -q -W --no-header --map customer_id=2 --map order_date=3 \
    --map quantity=4 --map amount=5 "$CRM_TOP/tests/data/cdnow-sample.txt" >tx.csv ||
	fail "import"

# Within half a unit of the last printed digit (gamma: the likelihood is
# flat there, 15.44 and 15.45 both pass), LL within 0.1.
check() {
	awk -F, -v model="$2" -v param="$3" -v want="$4" -v tol="$5" '
	    $1 == model && $2 == param { found = 1; d = $3 - want
		if (d < 0) d = -d
		if (d > tol) { print model, param, $3, "want", want; exit 1 } }
	    END { if (!found) { print "no", model, param; exit 1 } }' "$1" ||
		fail "$2 $3"
}

crm-clv -q --calibration-end 1997-09-30 --holdout-end 1998-06-30 \
    --holdout-out holdout.csv --params-out bg.csv tx.csv >scores.csv 2>err ||
	fail "bgnbd: $(cat err)"
check bg.csv bgnbd r 0.243 0.0005
check bg.csv bgnbd alpha 4.414 0.0005
check bg.csv bgnbd a 0.793 0.0005
check bg.csv bgnbd b 2.426 0.0005
check bg.csv bgnbd loglik -9582.4 0.1
check bg.csv gg p 6.25 0.005
check bg.csv gg q 3.74 0.005
check bg.csv gg gamma 15.445 0.0151
[ "$(sed 1d scores.csv | wc -l)" = 2357 ] || fail "customers scored"
[ "$(sed -n 2p holdout.csv | cut -d, -f1,2)" = "0,1411" ] ||
	fail "holdout: $(cat holdout.csv)"

crm-clv -q --model pnbd --calibration-end 1997-09-30 --params-out pn.csv \
    tx.csv >/dev/null 2>err || fail "pnbd: $(cat err)"
check pn.csv pnbd r 0.55 0.005
check pn.csv pnbd alpha 10.58 0.005
check pn.csv pnbd s 0.61 0.005
check pn.csv pnbd beta 11.67 0.005
check pn.csv pnbd loglik -9595.0 0.1

# Through crm-rfm's table: the calibration ends the day before its as-of.
crm-rfm -q --asof 1997-10-01 tx.csv | crm-clv -q --params-out rfm.csv \
    >table.csv 2>err || fail "via crm-rfm: $(cat err)"
check rfm.csv bgnbd r 0.243 0.0005
check rfm.csv bgnbd b 2.426 0.0005
head -n 1 table.csv | grep -q "^customer_id,first_date,.*,rfm_group,p_alive,expected_purchases,expected_spend,clv$" ||
	fail "columns: $(head -n 1 table.csv)"

# Saved parameters score the same without a refit.
crm-clv -q --calibration-end 1997-09-30 --params bg.csv tx.csv >again.csv ||
	fail "--params"
cmp -s scores.csv again.csv || fail "--params scores differ"
