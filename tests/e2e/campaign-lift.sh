# crm-report --campaign on a simulated campaign with a known effect
# (Python's seeded generator): 8,000 customers, half treated; in segment
# A the treatment lifts the response from 20% to 30%, in B it does
# nothing; a responder spends 20 to 80.  The true lifts (A 10 points and
# 5.00 a customer, B 0, all 5 points) lie inside the reported 95%
# intervals, B is "no clear difference", and the intervals agree with
# Newcombe's and Welch's computed here from the same data.
. "$CRM_TOP/tests/e2e/lib.sh"
python3 - <<'PY' || fail "generator"
import random
rng = random.Random(20261203)
with open("campaign.csv", "w") as camp, open("window.csv", "w") as tab:
    camp.write("customer_id,group,segment\n")
    tab.write("customer_id,frequency,monetary,segment\n")
    for i in range(8000):
        seg = "A" if i % 2 == 0 else "B"
        grp = "treatment" if (i // 2) % 2 == 0 else "control"
        p = 0.30 if (seg, grp) == ("A", "treatment") else 0.20
        cid = "c%05d" % i
        camp.write("%s,%s,%s\n" % (cid, grp, seg))
        if rng.random() < p:
            tab.write("%s,%d,%.2f,%s\n" % (cid, 1 + int(rng.random() * 3),
                20 + 60 * rng.random(), seg))
PY
crm-report -q --campaign campaign.csv --format csv window.csv >report.csv ||
	fail "crm-report"
grep '^campaign,' report.csv >lift.csv || fail "no campaign section"
python3 - <<'PY' || fail "lift: $(cat lift.csv)"
import csv, math
got = {}
for sec, seg, key, val in csv.reader(open("lift.csv")):
    got[seg, key] = val
camp = {r["customer_id"]: r for r in csv.DictReader(open("campaign.csv"))}
rev = {r["customer_id"]: float(r["monetary"]) for r in csv.DictReader(open("window.csv"))}
z = 1.959963984540054
def wilson(k, n):
    p, d = k / n, 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return mid - half, mid + half
bad = []
truth = {"all customers": (5, 2.5), "A": (10, 5.0), "B": (0, 0.0)}
for seg, (lift, revlift) in truth.items():
    arms = {}
    for cid, r in camp.items():
        if seg != "all customers" and r["segment"] != seg:
            continue
        arms.setdefault(r["group"], []).append(rev.get(cid, 0.0))
    t, c = arms["treatment"], arms["control"]
    kt, kc = sum(v > 0 for v in t), sum(v > 0 for v in c)
    p1, p2 = kt / len(t), kc / len(c)
    (l1, u1), (l2, u2) = wilson(kt, len(t)), wilson(kc, len(c))
    lo = 100 * (p1 - p2 - math.hypot(p1 - l1, u2 - p2))
    hi = 100 * (p1 - p2 + math.hypot(u1 - p1, p2 - l2))
    m1, m2 = sum(t) / len(t), sum(c) / len(c)
    v1 = sum((x - m1) ** 2 for x in t) / (len(t) - 1) / len(t)
    v2 = sum((x - m2) ** 2 for x in c) / (len(c) - 1) / len(c)
    # df near 4,000: the t point is the normal's to 3e-4 of it
    rlo, rhi = m1 - m2 - z * math.sqrt(v1 + v2), m1 - m2 + z * math.sqrt(v1 + v2)
    g = lambda k: float(got[seg, k])
    checks = [(g("lift_low"), lo, 0.051), (g("lift_high"), hi, 0.051),
              (g("revenue_low"), rlo, 0.011), (g("revenue_high"), rhi, 0.011)]
    for have, want, tol in checks:
        if abs(have - want) > tol:
            bad.append("%s: %s, want %.3f" % (seg, have, want))
    if not (g("lift_low") <= lift <= g("lift_high")):
        bad.append("%s: true lift %s outside" % (seg, lift))
    if not (g("revenue_low") <= revlift <= g("revenue_high")):
        bad.append("%s: true revenue lift %s outside" % (seg, revlift))
    print("%s: lift %s [%s, %s] (true %s), revenue %s [%s, %s] (true %s): %s" % (
        seg, got[seg, "lift_pp"], got[seg, "lift_low"], got[seg, "lift_high"],
        lift, got[seg, "revenue_lift"], got[seg, "revenue_low"],
        got[seg, "revenue_high"], revlift, got[seg, "verdict"]))
if got["B", "verdict"] != "no clear difference" or got["A", "verdict"] != "treatment higher":
    bad.append("verdicts")
if bad:
    print("\n".join(bad))
    raise SystemExit(1)
PY
exit 0
