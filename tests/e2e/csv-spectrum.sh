# Every csv-spectrum case reads to the rows its JSON file expects.
. "$CRM_TOP/tests/e2e/lib.sh"
need_data csv-spectrum
for csv in "$dir"/csvs/*.csv; do
	name=$(basename "$csv" .csv)
	"$CRM_ROWDUMP" "$csv" >"$name.rows" || fail "$name: reader failed"
	python3 - "$name.rows" "$dir/json/$name.json" "$name" <<'PY' || fail "$name differs"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
got = [dict(zip(rows[0], r)) for r in rows[1:]]
want = json.load(open(sys.argv[2], encoding="utf-8"))
if sys.argv[3] == "location_coordinates":
    # Its JSON disagrees with its CSV (see the data README): check only
    # that the bare quotes inside an unquoted field are kept as they are.
    ok = len(got) == 1 and len(rows[0]) == len(rows[1]) and \
        any('"N ' in v for v in got[0].values())
else:
    ok = got == want
if not ok:
    print("got ", got, "\nwant", want)
sys.exit(0 if ok else 1)
PY
done
