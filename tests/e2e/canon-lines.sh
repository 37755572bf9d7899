# Lines already in canonical form are read by a path of their own, in
# crm-import and in crm-rfm; with the columns in another order every line
# takes the general path. Canonical and odd lines mixed, both orders must
# give the same output, rejects and counts.
. "$CRM_TOP/tests/e2e/lib.sh"
awk 'BEGIN {
	ni = split("C1|C2|c3|C00000000000004|C000000000000005| C6|C7 |\"C8\"||C\303\2519|C-10|C 11|\"C,12\"|C;13", id, "|")
	nd = split("2024-01-31|2024-02-29|2023-02-29|2024-13-01|2024-1-5|1969-12-31| 2024-03-01|0000-01-01|9999-12-31|2024-03-0x|12/1/2010 8:26|2011-12-01 08:26|2024-03-01\r", dt, "|")
	na = split("1.49|-3.50|0|-0.00|12|\"1,234.50\"|+5|1.2345678||x|9223372036854|-.5|007.10|16.5|\302\24512.00|-12.345", am, "|")
	print "customer_id,order_date,amount" >"a.csv"
	print "order_date,customer_id,amount" >"b.csv"
	seed = 7
	for (n = 0; n < 3000; n++) {
		for (c = 0; c < 3; c++) {
			seed = (seed * 1103515245 + 12345) % 2147483648
			k[c] = seed % 5 ? 1 + int(seed / 8) % 3 : 1 + int(seed / 16)
		}
		i = id[1 + (k[0] - 1) % ni]; d = dt[1 + (k[1] - 1) % nd]
		a = am[1 + (k[2] - 1) % na]
		if (n == 1500)
			d = "25/12/2010"	# tells day from month for 12/1/2010
		x = n % 101 == 3 ? ",extra" : ""
		if (n % 211 == 9) { print "" >"a.csv"; print "" >"b.csv" }
		print i "," d "," a x >"a.csv"
		print d "," i "," a x >"b.csv"
	}
	printf "C1,2024-01-01,1.00" >"a.csv"
	printf "2024-01-01,C1,1.00" >"b.csv"
}'
for opts in "" "--returns drop" "-t"; do
	crm-import $opts --rejects ra.csv --stats sa a.csv >A.csv 2>ea ||
		fail "import a ($opts): $(cat ea)"
	crm-import $opts --rejects rb.csv --stats sb b.csv >B.csv 2>eb ||
		fail "import b ($opts): $(cat eb)"
	cmp A.csv B.csv || fail "imports differ ($opts)"
	sed 's/[,	].*//' ra.csv >la; sed 's/[,	].*//' rb.csv >lb
	cmp la lb || fail "rejected lines differ ($opts)"
	ca=$(balanced sa) && cb=$(balanced sb) || exit 1
	[ "$ca" = "$cb" ] || fail "counts differ ($opts)"
done
[ "$(wc -l <A.csv)" -gt 1000 ] || fail "too few rows imported"
[ "$(wc -l <la)" -gt 300 ] || fail "too few rows rejected"
crm-import -q a.csv >A.csv
# crm-rfm on canonical lines (kind after amount), and on the raw ones; a
# column in front makes every line take the general path.
sed 's/^/x,/' A.csv >S.csv
crm-rfm -q --summary-only A.csv >ra 2>&1 || fail "rfm on A: $(cat ra)"
crm-rfm -q --summary-only S.csv >rb 2>&1 || fail "rfm on S: $(cat rb)"
cmp ra rb || fail "rfm differs on canonical lines"
crm-rfm --summary-only --rejects xa.csv a.csv >ra 2>ea || fail "rfm on a: $(cat ea)"
crm-rfm --summary-only --rejects xb.csv b.csv >rb 2>eb || fail "rfm on b: $(cat eb)"
cmp ra rb || fail "rfm differs on raw lines"
cut -d, -f1 xa.csv >la; cut -d, -f1 xb.csv >lb
cmp la lb || fail "rfm rejected lines differ"
[ "$(wc -l <ra)" -gt 10 ] || fail "too few customers"
