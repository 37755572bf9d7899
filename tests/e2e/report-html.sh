# crm-report --format html is one well-formed file that needs nothing
# from elsewhere: every tag closed and nested, no URL, no script, no
# external resource, charts as inline SVG; for the hand-made tables of
# tests/cases/report and for the sample pipeline.
. "$CRM_TOP/tests/e2e/lib.sh"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
cases="$CRM_TOP/tests/cases/report"
sed -n 's/^< //p' "$cases/text.t" >now.csv
crm-report -q --previous "$cases/week1.csv" --title 'Week <26> & "co"' \
	--format html -o small.html now.csv || fail "small report"
crm-import -q --cancel-prefix C "$CRM_TOP/tests/data/retail-sample.csv" \
	>orders.csv || fail "crm-import failed"
crm-rfm -q --segment-names --asof 2011-10-01 orders.csv >before.csv &&
	crm-rfm -q --segment-names orders.csv | crm-abc -q |
	crm-clv -q --margin 0.3 >customers.csv || fail "pipeline failed"
crm-report -q --by rfm_segment --previous before.csv --format html \
	-o sample.html customers.csv || fail "sample report"
python3 - small.html sample.html <<'PY' || fail "not well-formed or not self-contained"
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col",
        "embed", "source", "track", "wbr"}

class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.svgs, self.rows = [], [], 0, []
    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svgs += 1
            if "viewbox" not in dict(attrs):
                self.errors.append("svg without viewBox")
        if tag == "tr":
            self.rows.append(0)
        if tag in ("td", "th"):
            self.rows[-1] += 1
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append("</%s> at %s closes %s" % (tag, self.getpos(),
                               self.stack[-1] if self.stack else "nothing"))
        else:
            self.stack.pop()

bad = 0
for name in sys.argv[1:]:
    raw = open(name, "rb").read()
    text = raw.decode("utf-8")
    p = Check()
    p.feed(text)
    p.close()
    errors = p.errors + ["not closed: %s at %s" % t for t in p.stack]
    if not text.startswith("<!DOCTYPE html>\n"):
        errors.append("no doctype")
    low = text.lower()
    for word in ("http", "<script", " src=", "href=", "url(", "@import",
                 "xmlns", "<iframe", "<link"):
        if word in low:
            errors.append("has %r" % word)
    if p.svgs != 3:
        errors.append("%d charts, want 3" % p.svgs)
    if "<table" not in text:
        errors.append("no table")
    print(name, len(raw), "bytes,", p.svgs, "charts,", len(p.rows), "rows:",
          errors or "ok")
    bad += len(errors)
raise SystemExit(1 if bad else 0)
PY
# The title is escaped; the movement matrix has its known cells.
grep -q '<h1>Week &lt;26&gt; &amp; &quot;co&quot;</h1>' small.html ||
	fail "title not escaped"
grep -q '<td>Gold</td><td class="n same">1</td><td class="n down">2</td>' \
	small.html || fail "movement row Gold differs"
