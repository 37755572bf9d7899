# Shared by the tests/e2e scripts: run by tests/run in a scratch folder.
set -u

fail() {
	echo "FAIL: $*" >&2
	exit 1
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
