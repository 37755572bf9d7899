# Every example of the man pages (EXAMPLES) and of the README runs on the
# shipped samples and gives sane output; see tests/e2e/examples.py.
. "$CRM_TOP/tests/e2e/lib.sh"
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
python3 "$CRM_TOP/tests/e2e/examples.py" "$CRM_TOP" || fail "an example fails"
