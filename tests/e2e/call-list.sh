# The Monday call list over two weekly runs of scripts/weekly-tier-list
# on the shipped sample, a week apart (as of 2011-12-02 and 2011-12-09),
# with the shipped customer master file (tests/data/retail-master.csv:
# name, phone with a leading +, region, owner) joined by --master: the
# list holds the master's values exactly, no customer is lost or doubled
# by the join, every customer on the list has a reason, moves due only to
# the week passing are labelled aged and are moves of R alone (the
# second run scores by the first run's breakpoints), and the mail stays
# under 100 columns with the call list first.
. "$CRM_TOP/tests/e2e/lib.sh"

master=$CRM_TOP/tests/data/retail-master.csv
sample_weeks 2011 12 2
mkdir out
week=$CRM_TOP/scripts/weekly-tier-list
$week --date 2011-12-02 --asof 2011-12-02 --import "--cancel-prefix C" \
    --master "$master" --stats stats1.csv week1.csv out >mail1.txt 2>err1 ||
	fail "first run: $(cat err1)"
grep -q "Scored by quantiles" mail1.txt || fail "first run: $(tail -n 3 mail1.txt)"
$week --date 2011-12-09 --asof 2011-12-09 --import "--cancel-prefix C" \
    --master "$master" --stats stats2.csv week2.csv out >mail2.txt 2>err2 ||
	fail "second run: $(cat err2)"
grep -q "Scored by the breakpoints in" mail2.txt || fail "second run: $(tail -n 3 mail2.txt)"
# The join's account reaches the mail: the sample's 40 customers, 38
# of them in the master file, which has 2 rows of no customer.
tr '\n' ' ' <err2 | tr -s ' ' | grep -q 'customers = 38 with a master row + 2 without.*master rows = 38 joined + 2 without a customer' ||
	fail "no join account in the mail: $(cat err2)"

# The mail, standard output and error as cron sends them: no line wider
# than 99 columns, the call list first.
for f in mail1.txt err1 mail2.txt err2; do
	wide=$(python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$f")
	[ "$wide" -le 99 ] || fail "$f: a line of $wide columns"
done
[ "$(sed -n 4p mail2.txt | cut -c1-9)" = "Call list" ] || fail "$(head -n 5 mail2.txt)"
grep -q '<h2[^>]*>Call list' out/report-2011-12-09.html || fail "no call list in the html"
first=$(grep -o '<h2[^>]*>[^<]*' out/report-2011-12-09.html | head -n 1)
case $first in *"Call list"*) ;; *) fail "the html begins with $first" ;; esac

cp out/tiers-2011-12-02.csv before.csv
cp out/tiers-2011-12-09.csv now.csv
cp out/calls-2011-12-09.csv calls.csv
# The weekly run's order of the segments: the shipped plan's rows.
order=$(sed 1d "$CRM_TOP/cmd/crm-segment/plans/rfm.csv" | cut -d, -f1 | paste -sd, -)
# The join loses and doubles no one: each week's tiers hold the
# customers crm-rfm wrote (--stats), each once.
for w in 1:2011-12-02 2:2011-12-09; do
	python3 - "stats${w%%:*}.csv" "out/tiers-${w#*:}.csv" <<'PY' || fail "${w#*:}: the join lost or doubled a customer"
import csv, sys
stats = {r["tool"]: r for r in csv.DictReader(open(sys.argv[1], newline=""))}
ids = [r["customer_id"] for r in csv.DictReader(open(sys.argv[2], newline=""))]
assert len(ids) == len(set(ids)), "a customer twice"
assert len(ids) == int(stats["crm-rfm"]["rows_written"]), (len(ids), stats["crm-rfm"])
PY
done
MASTER=$master python3 - <<'PY' || fail "the call list is wrong"
import csv, os
before = {r["customer_id"]: r for r in csv.DictReader(open("before.csv", newline=""))}
now = {r["customer_id"]: r for r in csv.DictReader(open("now.csv", newline=""))}
master = {r["customer_id"]: r
          for r in csv.DictReader(open(os.environ["MASTER"], newline=""))}
calls = list(csv.DictReader(open("calls.csv", newline="")))
joined = 0
ids = [r["customer_id"] for r in calls]
assert len(ids) == len(set(ids)), "a customer listed twice"
assert all(i in now or i in before for i in ids), "a customer from nowhere"
assert [int(r["priority"]) for r in calls] == list(range(1, len(calls) + 1))
for r in calls:
    i = r["customer_id"]
    cols = ("name", "phone", "region", "owner")
    # the master's values byte for byte; empty for an id it lacks
    assert [r[c] for c in cols] == [master[i][c] if i in master else ""
                                    for c in cols], r
    assert r["reason"], r
    joined += i in master
assert joined > 0 and all(r["phone"].startswith("+") for r in calls
                          if r["customer_id"] in master), "no + kept"
same = lambda i: all(before[i][c] == now[i][c] for c in ("last_date", "frequency")) and \
    (before[i]["monetary"] == now[i]["monetary"] or before[i]["m_score"] == now[i]["m_score"])
moves = {"aged": 0, "down": 0, "new": 0}
for r in calls:
    i, m = r["customer_id"], r["move"]
    if m in moves:
        moves[m] += 1
    if m == "aged":
        # only R moved, because the scores are fixed: the week passed
        assert same(i), r
        assert before[i]["f_score"] == now[i]["f_score"], r
        assert before[i]["m_score"] == now[i]["m_score"], r
        assert int(now[i]["r_score"]) < int(before[i]["r_score"]), r
        assert "no new purchase; score fell because the week passed (R " in r["reason"], r
        assert "other customers" not in r["reason"], r
    elif m == "down":
        assert not same(i), r
    elif m == "new":
        assert i not in before and r["reason"].startswith("new this week"), r
# Fixed breakpoints: whoever did not buy keeps F and M.
for i in now:
    if i in before and same(i):
        assert before[i]["f_score"] == now[i]["f_score"], i
        assert before[i]["m_score"] == now[i]["m_score"], i
assert moves["aged"] > 0 and moves["new"] > 0, moves
print("shown:", len(calls), "on the call list:", moves)
PY
# Every downgrade the report counts is on the list, as down or aged.
crm-report -q --format csv --order "$order" --previous before.csv now.csv \
    >report.csv ||
	fail "crm-report"
python3 - <<'PY' || fail "the downgrades are not all listed"
import csv
got = {r["column"]: int(r["value"]) for r in csv.DictReader(open("report.csv"))
       if r["section"] == "changes"}
calls = list(csv.DictReader(open("calls.csv", newline="")))
listed = sum(1 for r in calls if r["move"] in ("down", "aged"))
assert got["downgraded"] == listed, (got, listed)
assert got["new"] == sum(1 for r in calls if r["move"] == "new")
PY
show "first: $(sed -n 2p calls.csv | cut -c1-80)"
exit 0
