# scripts/weekly-tier-list as installed: `make install` puts it beside
# the tools as crm-weekly-tier-list, its page as crm-weekly-tier-list(1);
# --help is a success; --actions takes
# a shipped plan by name (rfm), found installed as in the source tree,
# and refuses a name that is neither a file nor a shipped plan.
. "$CRM_TOP/tests/e2e/lib.sh"
# What make install would run, carried out by hand: running make here
# could rebuild the tools under test.
make -s -n -C "$CRM_TOP" install DESTDIR="$PWD/root" PREFIX=/usr >make.log 2>&1 ||
	fail "make -n install: $(tail -n 5 make.log)"
grep -q "install -m 755 scripts/weekly-tier-list.*/usr/bin/crm-weekly-tier-list" make.log ||
	fail "make install does not install the script: $(cat make.log)"
# its page under the name it is installed as
tr -d '\\\n' <make.log | grep -q "install -m 644 man/weekly-tier-list.1 *[^ ]*/usr/share/man/man1/crm-weekly-tier-list.1" ||
	fail "make install does not install the page: $(cat make.log)"
mkdir -p root/usr/bin root/usr/share/crm/plans
cp "$CRM_BIN"/crm-* root/usr/bin/
cp "$CRM_TOP"/cmd/crm-segment/plans/*.csv root/usr/share/crm/plans/
cp "$CRM_TOP/scripts/weekly-tier-list" root/usr/bin/crm-weekly-tier-list
week=$PWD/root/usr/bin/crm-weekly-tier-list
[ -x "$week" ] || fail "crm-weekly-tier-list not installed"
"$week" --help >help.txt 2>&1 || fail "--help exits $?"
grep -q "EXPORT FOLDER" help.txt || fail "--help: $(head -n 2 help.txt)"
mkdir out
CRM_BIN=$PWD/root/usr/bin "$week" --date 2011-12-10 --actions rfm \
    --import "--cancel-prefix C" "$CRM_TOP/tests/data/retail-sample.csv" out \
    >report.txt 2>err || fail "installed run: $(cat err)"
head -n 1 out/tiers-2011-12-10.csv | grep -q ',offer$' ||
	fail "no plan columns: $(head -n 1 out/tiers-2011-12-10.csv)"
"$week" --actions nosuch "$CRM_TOP/tests/data/retail-sample.csv" out \
    >/dev/null 2>err2 && fail "an unknown plan accepted"
grep -q "^weekly-tier-list: --actions nosuch: no such file or shipped plan" err2 ||
	fail "unknown plan: $(cat err2)"
exit 0
