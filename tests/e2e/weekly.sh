# scripts/weekly-tier-list run on two weekly exports of the sample: the
# second report shows who moved, and its counts agree with the two tiers
# files; a failing run leaves nothing behind.
. "$CRM_TOP/tests/e2e/lib.sh"
sample_weeks 2011 10 1
mkdir out
week=$CRM_TOP/scripts/weekly-tier-list
$week --date 2011-10-01 --import "--cancel-prefix C" week1.csv out >r1.txt 2>e1 ||
	fail "first run: $(cat e1)"
[ -s out/tiers-2011-10-01.csv ] && [ -s out/report-2011-10-01.html ] ||
	fail "first run: $(ls out)"
grep -q "Since the previous" r1.txt && fail "first run compares with nothing"
$week --date 2011-12-10 --import "--cancel-prefix C" week2.csv out >r2.txt 2>e2 ||
	fail "second run: $(cat e2)"
grep -q "compared with tiers-2011-10-01.csv" e2 || fail "$(cat e2)"
grep -q "Since the previous report" r2.txt || fail "no moves in the report"
grep -q "Since the previous report" out/report-2011-12-10.html ||
	fail "no moves in the html report"
# Nothing but the outputs of two runs (the tiers as CSV, workbook and
# CSV for a spreadsheet, the call list as CSV and workbook, the report),
# the breakpoints of the first and the lock is left.
[ "$(ls -A out | grep -cv '^\.weekly-tier-list\.lock$')" = 13 ] || fail "$(ls -A out)"
[ -s out/breaks.csv ] || fail "no breakpoints kept"
# For people: the tiers as a workbook and as CSV for a spreadsheet, the
# same customers as the CSV the next run reads (which has no mark).
[ "$(head -c 11 out/tiers-2011-12-10.csv)" = customer_id ] || fail "a mark in tiers.csv"
[ "$(head -c 3 out/tiers-2011-12-10.excel.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
	fail "no byte-order mark in tiers.excel.csv"
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
if [ -n "$py" ]; then
	"$py" - <<'PY' || fail "tiers-2011-12-10.xlsx or calls-2011-12-10.xlsx"
import csv, openpyxl
for name in ("tiers", "calls"):
    ws = openpyxl.load_workbook("out/%s-2011-12-10.xlsx" % name).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    want = list(csv.reader(open("out/%s-2011-12-10.csv" % name)))
    assert rows[0] == want[0] and len(rows) == len(want), name
    assert [str(r[0]) for r in rows[1:]] == [r[0] for r in want[1:]], name
    assert ws.freeze_panes == "A2", name
PY
else
	echo "no python3-openpyxl: the workbooks not opened"
fi
# The report's counts of new, lost and moved customers, from the files.
crm-report -q --format csv --previous out/tiers-2011-10-01.csv \
	out/tiers-2011-12-10.csv >moves.csv || fail "crm-report"
python3 - <<'PY' || fail "the moves do not add up"
import csv
old = {r["customer_id"]: r["segment"] for r in csv.DictReader(open("out/tiers-2011-10-01.csv"))}
new = {r["customer_id"]: r["segment"] for r in csv.DictReader(open("out/tiers-2011-12-10.csv"))}
got = {r["column"]: int(r["value"]) for r in csv.DictReader(open("moves.csv"))
       if r["section"] == "changes"}
moved = sum(1 for c in new if c in old and old[c] != new[c])
want = {"new": len(new.keys() - old.keys()), "lost": len(old.keys() - new.keys()),
        "unchanged": sum(1 for c in new if c in old and old[c] == new[c])}
print(want, moved, got)
assert all(got[k] == v for k, v in want.items())
assert got["upgraded"] + got["downgraded"] == moved > 0
PY
# A failing step stops the run with its code and leaves no files.
$week --date 2011-12-17 --import "--no-such-option" week2.csv out >/dev/null 2>e3
[ $? = 2 ] || fail "a bad option: exit not 2"
grep -q "crm-import failed" e3 || fail "$(cat e3)"
[ ! -e out/tiers-2011-12-17.csv ] || fail "a failed run left a tiers file"
[ "$(ls -A out | grep -c '^\.weekly-tier-list\.')" = 1 ] || fail "temporaries left"
# Breakpoints that are not crm-rfm's: exit 1, no files; --rebase makes
# new ones.
echo "score,value" >out/breaks.csv
$week --date 2011-12-24 --import "--cancel-prefix C" week2.csv out >/dev/null 2>e4
[ $? = 1 ] || fail "bad breakpoints: exit not 1"
grep -q "^weekly-tier-list: out/breaks.csv is not the breakpoints" e4 || fail "$(cat e4)"
[ ! -e out/tiers-2011-12-24.csv ] || fail "bad breakpoints left a tiers file"
$week --rebase --date 2011-12-24 --import "--cancel-prefix C" week2.csv out >r4.txt 2>&1 ||
	fail "--rebase: $(cat r4.txt)"
[ "$(sed -n 1p out/breaks.csv)" = "score,value,min,max,customers" ] ||
	fail "--rebase: $(cat out/breaks.csv)"
