# scripts/render-report turns an HTML report into a PNG with headless
# Chromium (skipped where there is none): the report of the call list's
# case, compared with last week, the call list first, each reason on a
# row of its own; the PNG is kept as build/report-render.png to look at.
. "$CRM_TOP/tests/e2e/lib.sh"
cases=$CRM_TOP/tests/cases/report
cp "$cases/calls-now.csv" now.csv
crm-report -q --format html --order Gold,Silver,Bronze \
    --previous "$cases/calls-prev.csv" -o report.html now.csv ||
	fail "crm-report failed"
first=$(grep -o '<h2>[^<]*' report.html | head -n 1)
[ "$first" = "<h2>Call list: 7 customers" ] || fail "the report begins with $first"
grep -q '+41791234567' report.html || fail "no phone in the call list"
grep -q '<tr class="why"><td></td><td colspan="[0-9]*">fell from Gold to Bronze' report.html ||
	fail "no reason on a row of its own"
command -v chromium >/dev/null ||
	{ echo "no chromium: skipped"; exit 77; }
"$CRM_TOP/scripts/render-report" report.html report.png || fail "no PNG"
[ "$(head -c 8 report.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
	fail "report.png is not a PNG"
mkdir -p "$CRM_TOP/build"
cp report.png "$CRM_TOP/build/report-render.png" || fail "cannot keep the PNG"
echo "the call list's report as a PNG: build/report-render.png"
"$CRM_TOP/scripts/render-report" report.html 2>/dev/null &&
	fail "one argument accepted"
exit 0
