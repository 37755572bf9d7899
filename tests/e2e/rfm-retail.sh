# crm-rfm on Online Retail through crm-import: frequency, monetary and
# last date of every customer equal a computation straight from the raw
# file, with the same rules (an order is a customer's invoice; it is a
# return when cancelled or its total is negative).
. "$CRM_TOP/tests/e2e/lib.sh"
need_data online-retail
gzip -dc "$dir/online_retail.csv.gz" >retail.csv
crm-import -q --encoding latin1 --cancel-prefix C retail.csv |
	crm-rfm -q >rfm.csv || fail "pipeline failed"
python3 - <<'PY' || fail "differs from the raw file"
import csv
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
orders = defaultdict(lambda: [Decimal(0), None])
for r in csv.DictReader(open("retail.csv", encoding="latin-1", newline="")):
    c = r["CustomerID"].strip()
    if not c:
        continue
    o = orders[(c, r["InvoiceNo"])]
    o[0] += Decimal(r["Quantity"]) * Decimal(r["UnitPrice"])
    d = datetime.strptime(r["InvoiceDate"], "%m/%d/%Y %H:%M")
    o[1] = d if o[1] is None else min(o[1], d)
want = defaultdict(lambda: [0, Decimal(0), None])
for (c, inv), (amount, d) in orders.items():
    w = want[c]
    w[1] += amount
    if not inv.startswith("C") and amount >= 0:
        w[0] += 1
        day = d.date().isoformat()
        w[2] = day if w[2] is None else max(w[2], day)
got = {r["customer_id"]: [int(r["frequency"]), Decimal(r["monetary"]),
       r["last_date"] or None]
       for r in csv.DictReader(open("rfm.csv", newline=""))}
bad = [c for c in want if got.get(c) != want[c]]
print(len(want), "customers,", len(bad), "differ", bad[:5])
raise SystemExit(0 if not bad and len(got) == len(want) == 4372 else 1)
PY
