# crm-segment --scheme rfm on Online Retail through the pipeline: every
# customer gets the segment crm-rfm --segment-names gives, the sizes add
# up to the 4372 customers, and the per-rule counts on stderr agree.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data online-retail
gzip -dc "$dir/online_retail.csv.gz" >retail.csv
crm-import -q --encoding latin1 --cancel-prefix C retail.csv |
	crm-rfm -q --segment-names | crm-abc -q | crm-clv -q |
	crm-segment --scheme rfm >seg.csv 2>err || fail "pipeline failed"
cat err
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	$col["rfm_segment"] != $col["segment"] { bad++ }
	{ n[$col["segment"]]++; total++ }
	END { for (s in n) sum += n[s]; print total, sum, bad + 0
	      exit !(total == 4372 && sum == total && bad == 0) }' seg.csv ||
	fail "segments do not add up to the customers"
grep -q "4372 rows read = 4372 written + 0 rejected" err ||
	fail "no balanced summary"
# The table on stderr counts the same customers as the output.
for s in Champions "At Risk" Hibernating; do
	want=$(awk -F, -v s="$s" '$NF == s' seg.csv | wc -l)
	got=$(sed -n "s/^  $s  *\([0-9]*\) .*/\1/p" err)
	[ "$want" = "$got" ] || fail "$s: $got on stderr, $want in the output"
done
# The other schemes take the same table (mvc reads crm-clv's clv).
for s in value-loyalty pyramid mvc; do
	crm-segment -q --scheme $s seg.csv --name s2 | wc -l | grep -qx 4373 ||
		fail "--scheme $s lost rows"
done
