# The examples of man/crm-report.1 run, on the tables the page shows,
# and give what the page says ("..." stands for lines left out above).
. "$CRM_TOP/tests/e2e/lib.sh"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
python3 - "$CRM_TOP/man/crm-report.1" <<'PY' || fail "an example differs"
import re, subprocess, sys
page = open(sys.argv[1]).read().split(".SH EXAMPLES")[1].split("\n.SH ")[0]
unescape = lambda s: s.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "")
blocks = [unescape(b).splitlines() for b in
          re.findall(r"^\.nf\n(.*?)^\.fi", page, re.S | re.M)]
tables = [b for b in blocks if b[0].startswith("customer_id,")]
for name, lines in zip(("now.csv", "last.csv"), tables):
    open(name, "w").write("\n".join(lines) + "\n")
ran = bad = 0
for b in blocks:
    if not b[0].startswith("$ crm-report") or len(b) < 2 or b[1].startswith("$"):
        continue
    want = b[1:]
    got = subprocess.run(b[0][2:], shell=True, capture_output=True,
                         text=True).stdout.splitlines()
    if want[0] == "...":
        want, got = want[1:], got[-(len(want) - 1):]
    ran += 1
    if got != want:
        bad += 1
        print("differs:", b[0], *got, sep="\n")
print(ran, "examples run,", bad, "differ")
raise SystemExit(1 if bad or ran < 2 else 0)
PY
