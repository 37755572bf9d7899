# scripts/render-report turns an HTML report into a PNG with headless
# Chromium (skipped where there is none).
. "$CRM_TOP/tests/e2e/lib.sh"
command -v chromium >/dev/null ||
	{ echo "no chromium: skipped"; exit 77; }
sed -n 's/^< //p' "$CRM_TOP/tests/cases/report/text.t" >now.csv
crm-report -q --format html -o report.html now.csv || fail "crm-report failed"
"$CRM_TOP/scripts/render-report" report.html report.png || fail "no PNG"
[ "$(head -c 8 report.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
	fail "report.png is not a PNG"
"$CRM_TOP/scripts/render-report" report.html 2>/dev/null &&
	fail "one argument accepted"
exit 0
