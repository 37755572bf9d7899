# lib/domain/schema.h and the TABLES section of crm(7) name the same
# columns (and values of kind): each name in schema.h is in bold in
# TABLES, each bold name there is in schema.h, and no name with an
# underscore there is left out of bold (a column written as prose would
# escape the check).
. "$CRM_TOP/tests/e2e/lib.sh"

# agree SCHEMA MAN: prints what differs; exits 1 when anything does.
agree() {
	python3 - "$1" "$2" <<'PY'
import re, sys

schema = set(re.findall(r'^#define\s+(?:COL|KIND)_\w+\s+"([^"]+)"',
                        open(sys.argv[1]).read(), re.M))
text = open(sys.argv[2]).read()
m = re.search(r'^\.SH TABLES\n(.*?)^\.SH ', text, re.M | re.S)
if not m:
    sys.exit("no TABLES section")
bold, roman = set(), []
for line in m.group(1).split("\n"):
    if line.startswith(".B ") or line.startswith(".BR "):
        args = [q or w for q, w in
                re.findall(r'"([^"]*)"|(\S+)', line.split(" ", 1)[1])]
        bold.update(args[::2] if line.startswith(".BR ") else args)
        continue
    if line.startswith("."):
        continue
    bold.update(re.findall(r'\\fB(.*?)\\fR', line))
    roman += re.findall(r'\b\w*_\w*\b', re.sub(r'\\fB.*?\\fR', '', line))
names = {w for w in bold if re.fullmatch(r'[A-Za-z_]\w*', w)}
bad = ["in schema.h, not in bold in crm(7): " + n for n in sorted(schema - names)]
bad += ["in bold in crm(7), not in schema.h: " + n for n in sorted(names - schema)]
bad += ["in crm(7)'s TABLES, not in bold: " + n for n in sorted(set(roman))]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}

schema="$CRM_TOP/lib/domain/schema.h"
man="$CRM_TOP/man/crm.7"
agree "$schema" "$man" || fail "schema.h and crm(7) differ"

# Each kind of drift fails.
{ cat "$schema"; echo '#define COL_NEW_ONE "new_one"'; } >schema.h
agree schema.h "$man" >out && fail "a column only in schema.h passed"
grep -q "not in bold in crm(7): new_one" out || fail "$(cat out)"
sed 's/^\\fBgini\\fR)\.$/\\fBgini\\fR, \\fBnew_one\\fR)./' "$man" >crm.7
cmp -s crm.7 "$man" && fail "the test's edit of crm(7) missed"
agree "$schema" crm.7 >out && fail "a column only in crm(7) passed"
grep -q "not in schema.h: new_one" out || fail "$(cat out)"
sed 's/^\\fBgini\\fR)\.$/\\fBgini\\fR, new_one)./' "$man" >crm.7
agree "$schema" crm.7 >out && fail "a column not in bold passed"
grep -q "not in bold: new_one" out || fail "$(cat out)"
exit 0
