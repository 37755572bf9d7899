# The course's Mid-Autumn gift budget (COURSE.md 18), two plans side by
# side on 1,000 customers: plan 1 gives everyone a 200 box of moon cakes
# (200,000); plan 2 the top 4% a custom gift of 1,000, the next 16% the
# box, the other 80% a letter at 0 (40,000 + 32,000 = 72,000), and 2.00
# a letter makes it 73,600.  crm-report totals each plan's budget per
# segment and overall.
. "$CRM_TOP/tests/e2e/lib.sh"
awk 'BEGIN { print "customer_id,monetary"
	for (i = 1; i <= 1000; i++) printf "c%04d,%d\n", i, 10 * i }' >cust.csv
printf 'segment,gift,gift_budget\nvip,custom gift,1000\nbig,moon cakes,200\nsmall,letter,%s\n' 0 >plan2.csv
printf 'segment,gift,gift_budget\nvip,moon cakes,200\nbig,moon cakes,200\nsmall,moon cakes,200\n' >plan1.csv
sed 's/letter,0$/letter,2.00/' plan2.csv >plan2b.csv
for p in plan1 plan2 plan2b; do
	crm-segment -q --tiers vip:4,big:16,small --actions $p.csv cust.csv |
	    crm-report -q --top 0 --format csv >$p.report ||
		fail "$p: pipeline"
done
total() { grep "^actions,$2,gift_budget_total," $1.report | cut -d, -f4; }
for want in "plan1 all 200000.00" "plan2 vip 40000.00" "plan2 big 32000.00" \
    "plan2 small 0.00" "plan2 all 72000.00" "plan2b all 73600.00"; do
	set -- $want
	got=$(total $1 $2)
	[ "$got" = "$3" ] || fail "$1 $2: $got, want $3"
	echo "$1 $2: $got"
done
exit 0
