# UCI Online Retail as the workbook UCI distributes (scripts/retail-xlsx,
# made once into build/data and kept there) and as the .csv.gz: the same
# transactions, rejects and counts as from the CSV, every one of the
# 541,909 rows accounted for.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data online-retail
book="$CRM_TOP/build/data/online_retail.xlsx"
if [ ! -s "$book" ] || [ "$CRM_TOP/scripts/retail-xlsx" -nt "$book" ]; then
	mkdir -p "$CRM_TOP/build/data"
	"$CRM_TOP/scripts/retail-xlsx" "$dir/online_retail.csv.gz" "$book"
	rc=$?
	[ $rc = 77 ] && { echo "no python3-openpyxl: skipped"; exit 77; }
	[ $rc = 0 ] || fail "scripts/retail-xlsx: exit $rc"
fi
gzip -dc "$dir/online_retail.csv.gz" >retail.csv

run() {	# NAME FILE [ARG...]: crm-import's output, rejects, counts, summary
	name=$1 file=$2
	shift 2
	bounded 300 crm-import --cancel-prefix C --rejects "$name.rej" \
	    --stats "$name.st" "$@" "$file" >"$name.out" 2>"$name.err" ||
		fail "$name: exit $?: $(cat "$name.err")"
	balanced "$name.st" >"$name.counts"
	tail -n 1 "$name.err" >"$name.sum"
}
run csv retail.csv --encoding latin1
run gz "$dir/online_retail.csv.gz" --encoding latin1
run xlsx "$book"

[ "$(cat csv.counts)" = "541909 22190 384639 0 135080" ] ||
	fail "CSV counts: $(cat csv.counts)"
for k in gz xlsx; do
	cmp -s csv.out $k.out || fail "$k: transactions differ from the CSV's"
	cmp -s csv.sum $k.sum || fail "$k: $(cat $k.sum), not $(cat csv.sum)"
done
cmp -s csv.rej gz.rej || fail "gz: rejects differ from the CSV's"
# The rejects' line is the CSV's line or the sheet's row, the same
# number; their fields are the same but for the date, which the sheet
# holds as a date and the CSV as its text.
python3 - <<'PY' || fail "xlsx: rejects differ from the CSV's"
import csv
def rows(name):
    r = list(csv.reader(open(name, encoding="utf-8", newline="")))
    date = r[0].index("InvoiceDate")
    return [x[:date] + x[date + 1:] for x in r]
raise SystemExit(rows("csv.rej") != rows("xlsx.rej"))
PY
