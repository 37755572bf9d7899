# A GBK export with Chinese headers imports by synonym with --encoding gbk,
# and is refused, with the encoding named, without it.
. "$CRM_TOP/tests/e2e/lib.sh"
cat >utf8.csv <<'CSV'
会员号,交易日期,实付金额,订单号,渠道
王小明,2024年3月5日,"RMB 1,234.50",A001,门店
李华,2024/3/6,￥88,A002,网店
王小明,2024年3月7日 14:30,-20,A003,门店
CSV
iconv -f UTF-8 -t GBK utf8.csv >gbk.csv || fail "iconv"
crm-import -q --encoding gbk gbk.csv >out.csv || fail "exit $?"
cat >want.csv <<'CSV'
customer_id,order_date,amount,kind,order_id,channel
王小明,2024-03-05,1234.50,purchase,A001,门店
李华,2024-03-06,88.00,purchase,A002,网店
王小明,2024-03-07,-20.00,return,A003,门店
CSV
diff want.csv out.csv || fail "output differs"
crm-import gbk.csv >/dev/null 2>err && fail "GBK read as UTF-8"
grep -q "line 1, column 1: invalid UTF-8.*looks like gbk.*give --encoding gbk" err ||
	fail "message: $(cat err)"
