# Transactions simulated from known BG/NBD and Gamma-Gamma parameters
# (scripts/bench/simclv.c, seeded) give them back through crm-clv, each
# within three standard errors.
. "$CRM_TOP/tests/e2e/lib.sh"
cc -O2 -o simclv "$CRM_TOP/scripts/bench/simclv.c" -lm || fail "cc"
./simclv 20000 7 tx >tx.csv || fail "simulation"
crm-clv -q --calibration-end 1997-09-30 --params-out p.csv tx.csv \
    >/dev/null || fail "crm-clv"
awk -F, '
BEGIN {
	want["bgnbd,r"] = 0.25; want["bgnbd,alpha"] = 4
	want["bgnbd,a"] = 0.8; want["bgnbd,b"] = 2.5
	want["gg,p"] = 6; want["gg,q"] = 4; want["gg,gamma"] = 15
}
($1 "," $2) in want {
	k = $1 "," $2; seen++
	d = $3 - want[k]; if (d < 0) d = -d
	if (!($4 > 0) || d > 3 * $4) { print k, $3, "se", $4; bad = 1 }
}
END { exit bad || seen != 7 }' p.csv || fail "parameters: $(cat p.csv)"
