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

# The summary line's counts as "read written merged dropped rejected".
counts() {
	sed -n 's/.*: \([0-9]*\) rows read = \([0-9]*\) written + \([0-9]*\) merged into orders\( + \([0-9]*\) returns dropped\)\{0,1\} + \([0-9]*\) rejected.*/\1 \2 \3 0\5 \6/p' "$1"
}

# Fails unless the summary line in FILE balances; prints the counts.
balanced() {
	# without leading zeros, which arithmetic reads as octal
	set -- $(counts "$1" | sed 's/\b0*\([0-9]\)/\1/g')
	[ $# = 5 ] || fail "no summary line"
	[ "$1" = $(($2 + $3 + $4 + $5)) ] || fail "counts do not balance: $*"
	echo "$@"
}
