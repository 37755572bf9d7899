# UCI Online Retail: Latin-1, US dates, amount = Quantity x UnitPrice,
# cancellations by the C prefix; every row written, merged or rejected.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data online-retail
gzip -dc "$dir/online_retail.csv.gz" >retail.csv

crm-import --encoding latin1 --cancel-prefix C --rejects rej.csv \
    --stats st retail.csv >out.csv 2>err || fail "exit $?: $(cat err)"
set -- $(balanced st)
[ "$1" = 541909 ] || fail "read $1 rows, want 541909"
[ "$5" = 135080 ] || fail "rejected $5, want the 135080 rows without CustomerID"
grep -q ",missing customer_id=135080," st || fail "reasons: $(cat st)"

# The same file without --encoding is refused with a suggestion.
crm-import retail.csv >/dev/null 2>err2 && fail "invalid UTF-8 accepted"
grep -q "line 38250, column \"Description\": invalid UTF-8.*give --encoding latin1" err2 ||
	fail "message: $(cat err2)"

python3 - <<'PY' || fail "totals or customers differ"
import csv
from decimal import Decimal
src = list(csv.DictReader(open("retail.csv", encoding="latin-1", newline="")))
kept = [r for r in src if r["CustomerID"].strip()]
want_total = sum(Decimal(r["Quantity"]) * Decimal(r["UnitPrice"]) for r in kept)
want_custs = {r["CustomerID"] for r in kept}
want_orders = {(r["CustomerID"], r["InvoiceNo"]) for r in kept}
out = list(csv.DictReader(open("out.csv", encoding="utf-8", newline="")))
got_total = sum(Decimal(r["amount"]) for r in out)
got_custs = {r["customer_id"] for r in out}
rej = list(csv.DictReader(open("rej.csv", encoding="utf-8", newline="")))
checks = {
    "total": got_total == want_total,
    "customers": got_custs == want_custs and len(got_custs) == 4372,
    "one row per order": len(out) == len(want_orders),
    "returns": all((r["kind"] == "return") == (Decimal(r["amount"]) < 0
        or r["order_id"].startswith("C")) for r in out),
    "cancellations are returns": all(r["kind"] == "return" for r in out
        if r["order_id"].startswith("C")),
    "rejects": len(rej) == 135080 and all(not r["CustomerID"].strip()
        and "no customer id" in r["reason"] for r in rej),
}
print(checks, got_total, want_total, len(got_custs), len(out))
raise SystemExit(0 if all(checks.values()) else 1)
PY
