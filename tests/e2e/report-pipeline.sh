# crm-report at the end of the sample pipeline: the same bytes on every
# run in every format, -o the same as standard output, a balance line,
# colour only on a terminal or when asked for; and the CSV's numbers equal a computation
# straight from the customer table, with exact decimals: each group's
# customers and revenue, the Pareto tops, the R x F cells, and a movement
# matrix whose rows and columns add up to both tables.
. "$CRM_TOP/tests/e2e/lib.sh"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
crm-import -q --cancel-prefix C "$CRM_TOP/tests/data/retail-sample.csv" \
	>orders.csv || fail "crm-import failed"
crm-rfm -q --segment-names --asof 2011-10-01 orders.csv >before.csv &&
	crm-rfm -q --segment-names orders.csv | crm-abc -q |
	crm-clv -q --margin 0.3 >customers.csv || fail "pipeline failed"
for f in text markdown csv html; do
	crm-report --by rfm_segment --previous before.csv --top-groups 2 \
		--format $f customers.csv >$f.1 2>err || fail "$f failed"
	crm-report -q --by rfm_segment --previous before.csv --top-groups 2 \
		--format $f -o $f.2 customers.csv || fail "$f -o failed"
	cmp $f.1 $f.2 || fail "$f: two runs differ"
	grep -q "$(printf '\033')" $f.1 && fail "$f: colour without a terminal"
done
n=$(($(wc -l <customers.csv) - 1))
grep -qx "crm-report: $n rows read = $n reported + 0 rejected" err ||
	fail "no balance line: $(cat err)"
grep -q "before.csv: [0-9]* rows read = [0-9]* compared + 0 rejected" err ||
	fail "no balance line for --previous: $(cat err)"
crm-report -q --by rfm_segment --color always customers.csv |
	grep -q "$(printf '\033')\[" || fail "--color always without colour"
# On a terminal (script(1) makes one) colour is on, unless NO_COLOR.
if script -qec true /dev/null >/dev/null 2>&1; then
	script -qec "crm-report -q --by rfm_segment customers.csv" /dev/null |
		grep -q "$(printf '\033')\[" || fail "no colour on a terminal"
	NO_COLOR=1 script -qec "crm-report -q --by rfm_segment customers.csv" \
		/dev/null | grep -q "$(printf '\033')" && fail "colour with NO_COLOR"
fi
python3 - <<'PY' || fail "the CSV's numbers differ from the table's"
import csv, math
from collections import Counter, defaultdict
from decimal import Decimal

rows = list(csv.DictReader(open("customers.csv", newline="")))
old = {r["customer_id"]: r["rfm_segment"] for r in
       csv.DictReader(open("before.csv", newline=""))}
got = {(r["section"], r["row"], r["column"]): r["value"]
       for r in csv.DictReader(open("csv.1", newline=""))}
bad = []

def want(key, value):
    if got.get(key) != value:
        bad.append((key, got.get(key), value))

def money(d):
    return "%.2f" % d if d == round(d, 2) else str(d.normalize())

group = defaultdict(list)
for r in rows:
    group[r["rfm_segment"]].append(Decimal(r["monetary"]))
total = sum(v for r in rows for v in [Decimal(r["monetary"])] if v > 0)
want(("totals", "all", "customers"), str(len(rows)))
want(("totals", "all", "value"), money(sum(Decimal(r["monetary"]) for r in rows)))
for g, vs in group.items():
    want(("groups", g, "customers"), str(len(vs)))
    want(("groups", g, "value"), money(sum(vs)))
    pct = (sum(vs) * 100 / total).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    want(("groups", g, "value_pct"), str(pct))
values = sorted((Decimal(r["monetary"]) for r in rows), reverse=True)
for p in (1, 5, 10, 20, 50):
    k = math.ceil(len(rows) * p / 100)
    want(("pareto", "top%d%%" % p, "customers"), str(k))
    want(("pareto", "top%d%%" % p, "value"), money(sum(values[:k])))
cells = Counter((r["r_score"], r["f_score"]) for r in rows)
for r in "12345":
    for f in "12345":
        want(("rf_customers", r, f), str(cells[(r, f)]))
now = {r["customer_id"]: r["rfm_segment"] for r in rows}
moves = Counter((old.get(c, "new"), g) for c, g in now.items())
moves.update((g, "lost") for c, g in old.items() if c not in now)
for (a, b), n in moves.items():
    want(("movement", a, b), str(n))
cells = sum(int(v) for (s, a, b), v in got.items() if s == "movement")
if cells != len(set(now) | set(old)):
    bad.append(("movement cells", cells, len(set(now) | set(old))))
want(("changes", "all", "new"), str(len(set(now) - set(old))))
want(("changes", "all", "lost"), str(len(set(old) - set(now))))
print(len(got), "numbers,", len(bad), "differ", bad[:5])
raise SystemExit(1 if bad else 0)
PY
