# Shared by the tests/e2e scripts: run by tests/run in a scratch folder.
set -u

# show TEXT: a line tests/run prints when the script passes.
show() {
	echo "shown: $*"
}

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# bounded SECONDS COMMAND [ARG...]: runs COMMAND, stopped as a hang when
# it has used SECONDS of processor time (SIGXCPU, SIGKILL 10 s later) or
# ten times that of wall-clock time (a wait, which uses none). Processor
# time, so that a machine busy with other work cannot make it fail.
bounded() {
	(s=$1; shift; ulimit -S -t "$s" 2>/dev/null
	    ulimit -H -t $((s + 10)) 2>/dev/null
	    exec timeout $((s * 10)) "$@")
}

# Sets dir to a data set's folder in ../shared/data, or skips the test.
need_data() {
	dir="$CRM_TOP/../shared/data/$1"
	if [ ! -d "$dir" ]; then
		echo "no $dir: skipped (the shared data sets are not here)"
		exit 77
	fi
}

# A --stats file's first row as "read written merged aside rejected",
# failing unless it balances; counted from the right, as only the
# input's name may hold a comma.
balanced() {
	set -- $(sed -n 2p "$1" | awk -F, '{ print $(NF-6), $(NF-5),
	    $(NF-4), $(NF-3), $(NF-2) }')
	[ $# = 5 ] || fail "no --stats row"
	[ "$1" = $(($2 + $3 + $4 + $5)) ] || fail "counts do not balance: $*"
	echo "$@"
}

# man_example PAGE WHAT [on]: the text after the line "$ WHAT" of an
# example in man/PAGE, as a shell reads it: up to the next "$ " (a file's
# lines, as after "$ cat map.sh"), or with "on", the commands from WHAT
# on to the end of the example, so that the test runs what the manual
# says.
man_example() {
	sed -e 's/\\-/-/g' -e 's/\\e/\\/g' -e "s/\\\\(aq/'/g" \
	    "$CRM_TOP/man/$1" | awk -v what="$2" -v all="${3-}" '
		$0 == "$ " what { on = 1; if (!all) next }
		on && /^\.fi/ { exit }
		on && /^\$ / { if (!all) exit; $0 = substr($0, 3) }
		on { print }'
}

# week1.csv and week2.csv: the shipped sample's invoices before DATE
# (YYYY, M, D, as Python writes a date), and all of them: two weekly
# exports.
sample_weeks() {
	python3 - "$CRM_TOP/tests/data/retail-sample.csv" "$@" <<'PY' ||
import csv, sys
from datetime import datetime
rows = list(csv.reader(open(sys.argv[1], newline="")))
cut = datetime(*map(int, sys.argv[2:5]))
w1 = csv.writer(open("week1.csv", "w", newline=""))
w2 = csv.writer(open("week2.csv", "w", newline=""))
for i, r in enumerate(rows):
    if i == 0 or datetime.strptime(r[4], "%m/%d/%Y %H:%M") < cut:
        w1.writerow(r)
    w2.writerow(r)
PY
	fail "cannot split the sample"
}

# A headerless export (customer, date, amount) from the CDNOW sample.
cdnow_export() {
	awk '{ printf "%s,%s-%s-%s,%s\n", $1, substr($3, 1, 4),
	    substr($3, 5, 2), substr($3, 7, 2), $5 }' \
	    "$CRM_TOP/tests/data/cdnow-sample.txt"
}
