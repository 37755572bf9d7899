# --actions-by: the course's Mid-Autumn gift plans (COURSE.md 18) keyed
# on crm-abc's classes, without re-segmenting. 1,000 customers worth 10
# to 10,000; crm-abc --by count --cuts 4,20 makes the top 4% (40) vip,
# the next 16% (160) big, the other 80% (800) small. Plan 2: 40 x 1,000
# + 160 x 200 + 800 x 0 = 72,000; plan 1, a 200 box each: 200,000.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ awk 'BEGIN { print "customer_id,monetary"; for (i = 1; i <= 1000; i++) printf "c%04d,%d\n", i, 10 * i }' | crm-abc -q --by count --cuts 4,20 --classes vip,big,small >"$d/cust.csv"
$ printf 'segment,gift,gift_budget\nvip,custom gift,1000\nbig,moon cakes,200\nsmall,letter,0\n' >"$d/plan2.csv"; printf 'segment,gift,gift_budget\nvip,moon cakes,200\nbig,moon cakes,200\nsmall,moon cakes,200\n' >"$d/plan1.csv"
$ crm-segment -q --actions-by abc_class --actions "$d/plan2.csv" "$d/cust.csv" | crm-report -q --by abc_class --top 0 --format csv | grep -e '^groups,[a-z]*,customers,' -e '_total,'
> groups,vip,customers,40
> groups,big,customers,160
> groups,small,customers,800
> groups,all,customers,1000
> actions,vip,gift_budget_total,40000.00
> actions,big,gift_budget_total,32000.00
> actions,small,gift_budget_total,0.00
> actions,all,gift_budget_total,72000.00
$ crm-segment -q --actions-by abc_class --actions "$d/plan1.csv" "$d/cust.csv" | crm-report -q --by abc_class --top 0 --format csv | grep '^actions,all,'
> actions,all,gift_budget_total,200000.00
# The plan's columns go right after the key column, no segment column is
# added, and a class without a plan (C, twice) gets empty actions, counted
# on standard error.
$ cd "$d" && crm-segment -q --actions-by abc_class --actions plan2.csv
< customer_id,abc_class,monetary
< a,vip,900
< b,C,10
< c,big,300
< d,C,5
> customer_id,abc_class,gift,gift_budget,monetary
> a,vip,custom gift,1000,900
> b,C,,,10
> c,big,moon cakes,200,300
> d,C,,,5
! crm-segment: plan2.csv: no plan for abc_class "C" (2 customers); its action columns are empty
