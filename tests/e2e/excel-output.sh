# Output a spreadsheet opens safely. -o FILE.xlsx, read back by an
# independent reader (python3-openpyxl): ids with leading zeros, a phone
# with its +, Chinese and German names and a =HYPERLINK(...) name as
# text (never a formula), amounts as numbers with two decimals, dates as
# dates, the header frozen, widths from the content; crm-import reads the
# workbook it wrote back to the same transactions. --excel's CSV: the
# byte-order mark and OWASP's quote, and opened by Gnumeric's ssconvert
# when it is installed, no formula evaluated and the ids intact. Then the
# ways to fail: an unwritable folder, a named pipe, a write that fails,
# leaving no file behind.
. "$CRM_TOP/tests/e2e/lib.sh"

# Debian's python3 has python3-openpyxl; a python3 of its own earlier in
# PATH may not.
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "no python3-openpyxl: skipped"; exit 77; }

cat >export.csv <<'CSV'
customer,date,amount,name,phone
00123,2024-01-05,10.00,Müller,+41791234567
00123,2024-03-05,-12.50,Müller,+41791234567
00042,2024-02-10,25.50,王小明,+8613800138000
C-7,2024-02-11,99.99,"=HYPERLINK(""http://example.com/x"",""click"")",@SUM(1+1)
=1+1,2024-02-12,5,-2+3,0041791234567
CSV
crm-import -q --keep name,phone -o tx.csv export.csv || fail "import to csv"
crm-import -q --keep name,phone -o tx.xlsx export.csv || fail "import to xlsx"
crm-rfm -q -o cust.xlsx tx.csv || fail "rfm to xlsx"
[ -z "$(ls -A | grep '^\.')" ] || fail "temporaries left: $(ls -A)"

"$py" - <<'PY' || fail "the workbooks as openpyxl reads them"
import datetime, openpyxl, sys

def sheet(path, title):
    ws = openpyxl.load_workbook(path).active
    assert ws.title == title, ws.title
    assert ws.freeze_panes == "A2", ws.freeze_panes
    for col, dim in ws.column_dimensions.items():
        assert 8 <= dim.width <= 63, (col, dim.width)
    rows = [[c for c in r] for r in ws.iter_rows()]
    head = [c.value for c in rows[0]]
    for r in rows:
        for c in r:
            assert c.data_type != "f", ("a formula", c.coordinate, c.value)
    return head, [dict(zip(head, r)) for r in rows[1:]]

head, tx = sheet("tx.xlsx", "crm-import")
assert head == ["customer_id", "order_date", "amount", "kind", "name",
    "phone"], head
ids = [r["customer_id"].value for r in tx]
assert ids == ["00123", "00123", "00042", "C-7", "=1+1"], ids
assert tx[0]["phone"].value == "+41791234567"
assert tx[4]["phone"].value == "0041791234567"
assert tx[3]["phone"].value == "@SUM(1+1)"
assert [r["name"].value for r in tx] == ["Müller", "Müller", "王小明",
    '=HYPERLINK("http://example.com/x","click")', "-2+3"]
for r in tx:
    for k in ("customer_id", "name", "phone", "kind"):
        assert r[k].data_type == "s", (k, r[k].data_type)
amounts = [r["amount"].value for r in tx]
assert amounts == [10, -12.5, 25.5, 99.99, 5], amounts
assert all(r["amount"].number_format == "#,##0.00" for r in tx)
assert tx[1]["order_date"].value == datetime.datetime(2024, 3, 5)
assert tx[1]["order_date"].number_format == "yyyy-mm-dd"
# The widest column is the Chinese and HYPERLINK names'.
ws = openpyxl.load_workbook("tx.xlsx").active
assert ws.column_dimensions["E"].width > ws.column_dimensions["D"].width

head, cust = sheet("cust.xlsx", "crm-rfm")
c = {r["customer_id"].value: r for r in cust}
assert set(c) == {"00123", "00042", "C-7", "=1+1"}, set(c)
assert c["00123"]["monetary"].value == -2.5
assert c["00123"]["frequency"].value == 1
assert isinstance(c["00042"]["recency_days"].value, int)
assert c["00042"]["first_date"].value == datetime.datetime(2024, 2, 10)
assert c["00042"]["rfm_cell"].data_type == "s"
print("openpyxl: ids, phones, names as text, amounts, dates, frozen header")
PY
show "tx.xlsx and cust.xlsx read by openpyxl as written"

# The round trip: crm-import reads its workbook back to the same rows.
crm-import -q tx.xlsx >back.csv || fail "crm-import tx.xlsx"
crm-import -q tx.csv >again.csv || fail "crm-import tx.csv"
cmp back.csv again.csv || fail "the workbook read back: $(diff back.csv again.csv)"
show "crm-import reads tx.xlsx back: the rows of tx.csv"

# Deterministic: the same rows, the same bytes.
crm-rfm -q -o cust2.xlsx tx.csv && cmp cust.xlsx cust2.xlsx ||
	fail "two runs, two workbooks"

# --excel: the mark, the quotes, a refund still a number.
crm-import -q --keep name,phone --excel -o ex.csv export.csv ||
	fail "import --excel"
[ "$(head -c 3 ex.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
	fail "no byte-order mark"
"$py" - <<'PY' || fail "--excel's cells"
import csv
rows = list(csv.reader(open("ex.csv", encoding="utf-8-sig")))
ids = [r[0] for r in rows[1:]]
assert ids == ["'00123", "'00123", "'00042", "C-7", "'=1+1"], ids
assert rows[2][2] == "-12.50", rows[2]
assert rows[4][4] == "'=HYPERLINK(\"http://example.com/x\",\"click\")"
assert rows[1][5] == "'+41791234567" and rows[4][5] == "'@SUM(1+1)"
assert rows[5][4] == "'-2+3" and rows[1][4] == "Müller"
PY
show "--excel: BOM, ids, names and phones quoted, -12.50 a number"

if command -v ssconvert >/dev/null 2>&1; then
	bounded 60 ssconvert ex.csv gnumeric.xlsx >/dev/null 2>&1 ||
		fail "ssconvert ex.csv"
	"$py" - <<'PY' || fail "the --excel CSV as Gnumeric opens it"
import openpyxl
ws = openpyxl.load_workbook("gnumeric.xlsx").active
rows = list(ws.iter_rows())
for r in rows:
    for c in r:
        assert c.data_type != "f", ("evaluated", c.coordinate, c.value)
v = [[c.value for c in r] for r in rows]
assert [r[0] for r in v[1:]] == ["00123", "00123", "00042", "C-7",
    "=1+1"], [r[0] for r in v[1:]]
assert v[4][4] == '=HYPERLINK("http://example.com/x","click")', v[4][4]
assert v[1][4] == "Müller" and v[3][4] == "王小明"
assert v[1][5] == "+41791234567" and v[4][5] == "@SUM(1+1)"
assert v[2][2] == -12.5, v[2][2]
PY
	show "ssconvert opens the --excel CSV: no formula, ids and phones intact"
else
	echo "no ssconvert (Gnumeric): the --excel CSV not opened by a spreadsheet; apt-get install gnumeric to check it"
fi

# Failing: an unwritable folder, a named pipe, a full file; no file, no
# temporary.
# A folder root cannot write in either: immutable (chattr +i), where the
# file system has the flag.
mkdir ro && chmod 555 ro
ro=
if [ "$(id -u)" != 0 ]; then
	ro="Permission denied"
elif chattr +i ro 2>/dev/null; then
	trap 'chattr -i ro' EXIT
	ro="Operation not permitted"
fi
if [ -n "$ro" ]; then
	crm-rfm -q -o ro/cust.xlsx tx.csv 2>err; s=$?
	[ $s = 3 ] || fail "-o in an unwritable folder: exit $s"
	grep -qx "crm-rfm: ro/cust.xlsx: $ro" err || fail "$(cat err)"
	[ -z "$(ls -A ro)" ] || fail "left in ro: $(ls -A ro)"
else
	echo "root, and no chattr +i here: no unwritable folder to try"
fi
crm-rfm -q -o nodir/cust.xlsx tx.csv 2>err; s=$?
[ $s = 3 ] || fail "-o in a folder not there: exit $s"
grep -qx 'crm-rfm: nodir/cust.xlsx: No such file or directory' err ||
	fail "$(cat err)"
mkfifo pipe.xlsx
crm-rfm -q -o pipe.xlsx tx.csv 2>err; s=$?
[ $s = 3 ] || fail "-o a named pipe: exit $s"
grep -qx 'crm-rfm: pipe.xlsx: a workbook is written to a regular file only' err ||
	fail "$(cat err)"
# A write that fails (past ulimit -f) fails the run, in crm's words, and
# leaves the earlier file as it was.
cp cust.xlsx keep.xlsx
(ulimit -f 1; crm-rfm -q -o cust.xlsx tx.csv) 2>err; s=$?
[ $s = 3 ] || fail "-o past ulimit -f: exit $s"
grep -qx 'crm-rfm: write error on cust.xlsx: File too large' err ||
	fail "$(cat err)"
cmp cust.xlsx keep.xlsx || fail "the earlier workbook changed"
[ -z "$(ls -A | grep '^\.')" ] || fail "temporaries left: $(ls -A)"
show "-o FILE.xlsx where it cannot be written: exit 3, nothing left"
exit 0
