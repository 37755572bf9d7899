# crm-rfm on an input large enough to be summed by its second thread
# (batches of 16384 rows): every customer's sums equal an awk computation,
# and the ways of running that differ inside (a window held until the
# as-of date is known; order ids) give what they give on the same data
# computed another way.
. "$CRM_TOP/tests/e2e/lib.sh"
# 60000 rows, 2000 customers, days over two years, amounts in cents with
# about one return in twenty; order ids repeat within a customer's day.
awk 'BEGIN {
	srand(7)
	print "customer_id,order_date,amount,kind,order_id"
	for (i = 0; i < 60000; i++) {
		c = int(rand() * rand() * 2000)
		t = 1704067200 + int(rand() * 730) * 86400
		ret = rand() < 0.05
		printf "K%04d,%s,%s%d.%02d,%s,O%d-%d\n", c,
		    strftime("%Y-%m-%d", t, 1), ret ? "-" : "", int(rand() * 200),
		    int(rand() * 100), ret ? "return" : "purchase",
		    c, int(t / 86400) * 10 + int(rand() * 2)
	}
}' >tx.csv
[ "$(wc -l <tx.csv)" -gt 50000 ] || fail "too few rows"
cut -d, -f1-4 tx.csv >days.csv
crm-rfm -q --summary-only days.csv >got.csv || fail "crm-rfm failed"
awk -F, 'NR > 1 {
	split($3, a, ".")
	v = a[1] * 100 + (substr($3, 1, 1) == "-" ? -a[2] : a[2])
	m[$1] += v
	if ($4 == "purchase") {
		if (!(($1, $2) in seen)) { seen[$1, $2] = 1; d[$1]++ }
		if (!($1 in f) || $2 < f[$1]) f[$1] = $2
		if (!($1 in l) || $2 > l[$1]) l[$1] = $2
	}
	all[$1] = 1
} END {
	for (c in all)
		printf "%s,%s,%s,%d,%d\n", c, f[c], l[c], d[c], m[c]
}' days.csv | sort >want
awk -F, 'NR > 1 {
	split($6, a, ".")
	v = a[1] * 100 + (substr($6, 1, 1) == "-" ? -a[2] : a[2])
	printf "%s,%s,%s,%d,%d\n", $1, $2, $3, $5, v
}' got.csv | sort >have
cmp want have || fail "sums differ from awk's: $(diff want have | head -5)"
[ "$(wc -l <have)" -gt 1500 ] || fail "too few customers"
# A window without --asof holds the rows until the last date is known;
# it must give what naming that as-of date gives.
last=$(cut -d, -f2 days.csv | sed 1d | sort | tail -n 1)
asof=$(date -u -d "$last + 1 day" +%Y-%m-%d)
crm-rfm -q --window 6m --trend days.csv >held.csv || fail "held run"
crm-rfm -q --window 6m --trend --asof "$asof" days.csv >named.csv ||
	fail "named run"
cmp held.csv named.csv || fail "held window differs from --asof $asof"
# With order ids, frequency counts distinct orders: awk counts them too.
crm-rfm -q --summary-only tx.csv >orders.csv || fail "orders run"
awk -F, 'NR > 1 && $4 == "purchase" && !(($1, $5) in o) { o[$1, $5] = 1; n[$1]++ }
	NR > 1 { all[$1] = 1 }
	END { for (c in all) printf "%s,%d\n", c, n[c] }' tx.csv | sort >want
awk -F, 'NR > 1 { print $1 "," $5 }' orders.csv | sort >have
cmp want have || fail "orders differ from awk's: $(diff want have | head -5)"
# With no thread to be had, the rows are summed by the reading thread, to
# the same output (strace makes the thread's creation fail, where it runs;
# LeakSanitizer cannot run under it).
if strace -o /dev/null true 2>/dev/null; then
	crm-rfm -q days.csv >threaded.csv || fail "run"
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	    strace -f -o /dev/null -e trace=clone3,clone \
	    -e inject=clone3:error=EAGAIN -e inject=clone:error=EAGAIN \
	    crm-rfm -q days.csv >alone.csv || fail "run without a thread"
	cmp threaded.csv alone.csv || fail "output differs without a thread"
fi
# A customer whose sums overflow in a batch the summing thread sums: the
# run ends with the message the reading thread gives, as with few rows.
awk 'BEGIN {
	print "customer_id,order_date,amount"
	for (i = 0; i < 50000; i++)
		if (i >= 45000 && i % 100 == 0)
			print "BIG,2024-01-05,1000000000000.00"
		else
			printf "C%d,2024-01-%02d,1.00\n", i % 5000, 1 + i % 28
}' >over.csv
if crm-rfm -q over.csv >/dev/null 2>err; then
	fail "an overflow went unnoticed"
else
	rc=$?
fi
[ "$rc" = 1 ] || fail "overflow exits $rc, not 1"
grep -qx "crm-rfm: customer BIG: amounts add up beyond the range of 9.2 trillion" err ||
	fail "overflow message: $(cat err)"
# Under a limit on address space (ulimit -v 256 MB, as a cron job may
# run), the same bytes: the tables reserve address space as they grow,
# not all at once. A sanitizer build cannot start under such a limit.
if (ulimit -v 262144 && crm-rfm --version) >/dev/null 2>&1; then
	crm-rfm -q days.csv >free.csv || fail "run"
	(ulimit -v 262144 && exec crm-rfm -q days.csv) >limited.csv 2>err ||
		fail "under ulimit -v: $(cat err)"
	cmp free.csv limited.csv || fail "output differs under ulimit -v"
	# A table per kept column: 40 columns under 128 MB. Each table
	# reserves 64 KB at first, not megabytes.
	cols=$(awk 'BEGIN { for (k = 0; k < 40; k++) printf "%sx%d", k ? "," : "", k }')
	awk -v cols="$cols" 'BEGIN { FS = OFS = ","; n = split(cols, c, ",") }
	    NR == 1 { print $1, $2, $3, cols; next }
	    { s = $1 OFS $2 OFS $3
	      for (k = 1; k <= n; k++) s = s OFS "v" (NR % 7)
	      print s }' days.csv >wide.csv
	crm-rfm -q --keep "$cols" wide.csv >free.csv || fail "--keep run"
	(ulimit -v 131072 && exec crm-rfm -q --keep "$cols" wide.csv) \
	    >limited.csv 2>err || fail "40 kept columns under ulimit -v: $(cat err)"
	cmp free.csv limited.csv || fail "--keep output differs under ulimit -v"
else
	echo "ulimit -v: not checked (this build cannot start under it)"
fi
