# CDNOW: blank-separated fixed-width columns, YYYYMMDD dates; the sample
# has no header (columns by number), the master file has one.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data cdnow

crm-import -W --no-header --map customer_id=2 --map order_date=3 \
    --map quantity=4 --map amount=5 --stats st "$dir/CDNOW_sample.txt" \
    >sample.csv 2>err ||
	fail "exit $?: $(cat err)"
set -- $(balanced st)
[ "$1 $2 $5" = "6919 6919 0" ] || fail "counts $*"
grep -q "amount written 244091.94$" err || fail "total: $(cat err)"
[ "$(sed 1d sample.csv | cut -d, -f1 | sort -u | wc -l)" = 2357 ] ||
	fail "customers"
[ "$(sed -n 2p sample.csv)" = "0001,1997-01-01,29.33,purchase,2" ] ||
	fail "first row: $(sed -n 2p sample.csv)"

crm-import -W --stats st "$dir/CDNOW_master.txt" >master.csv 2>err ||
	fail "master: $(cat err)"
set -- $(balanced st)
[ "$1 $2" = "69659 69659" ] || fail "master counts $*"
grep -q "amount written 2500315.63$" err || fail "master total: $(cat err)"
[ "$(head -n 1 master.csv)" = "customer_id,order_date,amount,kind,quantity" ] ||
	fail "master header: $(head -n 1 master.csv)"
[ "$(sed 1d master.csv | cut -d, -f1 | sort -u | wc -l)" = 23570 ] ||
	fail "master customers"
