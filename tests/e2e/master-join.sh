# The customer master file joined to the demo data, through the whole
# pipeline: crm-import keeps Country, crm-rfm carries it (--keep) and
# joins tests/data/retail-master.csv (--join), crm-abc, crm-clv and
# crm-segment pass the attributes through, and a rule segments by
# region; crm-segment --join joins the same at the last step. No
# customer is lost or duplicated by the join (its counts on
# stderr balance, the ids are those of the run without it, once each);
# every attribute arrives byte for byte (a leading +, a comma, Müller).
. "$CRM_TOP/tests/e2e/lib.sh"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
data=$CRM_TOP/tests/data
master=$data/retail-master.csv

crm-import -q --cancel-prefix C --keep Country --stats import.stats \
    -o orders.csv "$data/retail-sample.csv" || fail "crm-import"
crm-rfm -q orders.csv >plain.csv || fail "crm-rfm without --join"
crm-rfm --keep Country --join "$master" --stats rfm.stats orders.csv \
    >rfm.csv 2>rfm.err || fail "crm-rfm --join"
crm-abc -q --stats abc.stats rfm.csv |
    crm-clv -q --margin 0.3 --penalizer 0.01 --stats clv.stats |
    crm-segment -q --stats segment.stats \
	-e 'North VIP: region = "North" and pct(monetary) >= 90' \
	-e 'No owner: not owner' --default other >final.csv ||
	fail "crm-abc | crm-clv | crm-segment"
for s in import rfm abc clv segment; do
	echo "$s: $(balanced $s.stats)"
done

# The join's account: customers = with + without, master rows = joined
# + without a customer, with = joined.
line=$(grep -e '--join' rfm.err) || fail "no account of the join"
set -- $(echo "$line" | sed 's/.*: //' | tr -cs '0-9' ' ')
[ $# = 6 ] || fail "the join's account: $line"
[ "$1" = $(($2 + $3)) ] && [ "$4" = $(($5 + $6)) ] && [ "$2" = "$5" ] ||
	fail "the join's counts do not balance: $line"
[ "$4" = $(($(wc -l <"$master") - 1)) ] || fail "master rows: $line"
show "$line"

python3 - "$master" plain.csv rfm.csv final.csv <<'PY' || fail "the attributes"
import csv, sys
def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]
mh, mrows = table(sys.argv[1])
master = {r[0]: r[1:] for r in mrows}
_, plain = table(sys.argv[2])
ids = [r[0] for r in plain]
for path in sys.argv[3:]:
    h, rows = table(path)
    got = [r[0] for r in rows]
    assert got == ids, "%s: not the customers of the run without --join" % path
    at = [h.index(c) for c in mh[1:]]
    assert h.index("Country") < at[0], "Country after the master's columns"
    joined = 0
    for r in rows:
        want = master.get(r[0], [""] * len(at))
        joined += r[0] in master
        assert [r[i] for i in at] == want, "%s: %s: %s, want %s" % (
            path, r[0], [r[i] for i in at], want)
        assert r[h.index("Country")], "%s: %s: no Country" % (path, r[0])
    print("%s: %d customers, %d with a master row, attributes exact" % (
        path, len(rows), joined))
h, rows = table(sys.argv[4])
seg, region, owner = h.index("segment"), h.index("region"), h.index("owner")
vip = [r for r in rows if r[seg] == "North VIP"]
assert vip and all(r[region] == "North" for r in vip), "North VIP"
nobody = [r for r in rows if r[seg] == "No owner"]
assert len(nobody) == len(rows) - sum(r[0] in master for r in rows), "No owner"
print("North VIP: %d customers, all in the North; %d without an owner" % (
    len(vip), len(nobody)))
PY
# The same join at the segment step, on a table without attributes:
# the same rows, the master's columns after crm-rfm's.
crm-segment -q --join "$master" \
    -e 'North VIP: region = "North" and pct(monetary) >= 90' \
    -e 'No owner: not owner' --default other plain.csv >late.csv ||
	fail "crm-segment --join"
python3 - rfm.csv late.csv <<'PY' || fail "crm-segment --join differs from crm-rfm --join"
import csv, sys
def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]
(h1, r1), (h2, r2) = table(sys.argv[1]), table(sys.argv[2])
cols = ["customer_id", "name", "phone", "region", "owner"]
pick = lambda h, rows: [[r[h.index(c)] for c in cols] for r in rows]
assert pick(h1, r1) == pick(h2, r2)
print("crm-segment --join: the attributes of crm-rfm --join, row for row")
PY
# The bytes themselves: quoted where the value holds a comma, the + kept.
grep -q ',"Müller, Anna",+41791234567,North,Ines Keller,' final.csv ||
	fail "customer 12513's attributes are not as in the master file"
exit 0
