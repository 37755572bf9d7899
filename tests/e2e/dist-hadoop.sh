# The Hadoop Streaming recipe of crm(7), "Past one machine", run through
# the streaming contract here: the manual's map.sh on each input split,
# the map output sorted on its key (the first tab-separated field) with
# LC_ALL=C, split by key among reducers, the manual's reduce.sh on each
# key-grouped stream (one reducer given nothing), and the manual's merge:
# the customer table of one crm-import | crm-rfm run, byte for byte.
. "$CRM_TOP/tests/e2e/lib.sh"
command -v bash >/dev/null || { echo "no bash: skipped"; exit 77; }
tab=$(printf '\t')

man_example crm.7 "cat map.sh" >map.sh
man_example crm.7 "cat reduce.sh" >reduce.sh
man_example crm.7 "hadoop fs -cat sums/part-00000 | head -n 1 >all.sum" on \
    >merge.sh
grep -q crm-import map.sh && grep -q summary-only reduce.sh &&
	grep -q from-summary merge.sh || fail "recipe not found in crm.7"
grep -q 'stream.num.map.output.key.fields=1' "$CRM_TOP/man/crm.7" ||
	fail "crm.7 does not key the map output on its first field"

cdnow_export >export.csv
crm-import -q --no-header --date-format %Y-%m-%d --map customer_id=1 \
    --map order_date=2 --map amount=3 export.csv | crm-rfm -q >one.csv ||
	fail "one-machine run"

# Map: four input splits at line ends.
split -n l/4 export.csv split. || fail "split"
for s in split.*; do
	bash map.sh <$s >$s.map || fail "mapper on $s"
	show "mapper: $s: $(wc -l <$s) lines in, $(wc -l <$s.map) records out"
done
# Shuffle: sorted on the key; three reducers by the key's last digit (a
# stand-in for the partitioner: any function of the key alone), and a
# fourth given no key.
cat split.*.map | LC_ALL=C sort -t "$tab" -k1,1 >shuffled ||
	fail "sort"
[ "$(wc -l <shuffled)" = "$(wc -l <export.csv)" ] || fail "records lost"
mkdir sums
for r in 0 1 2 3; do
	awk -F'\t' -v r=$r 'substr($1, length($1)) % 3 == r' shuffled >in.$r
	bash reduce.sh <in.$r >sums/part-0000$r || fail "reducer $r"
	show "reducer $r: $(cut -f1 in.$r | uniq | wc -l) keys," \
	    "$(wc -l <in.$r) records, $(($(wc -l <sums/part-0000$r) - 1))" \
	    "customers written"
done
[ "$(wc -l <sums/part-00003)" = 1 ] || fail "the empty reducer wrote rows"

# The merge, with hadoop fs over the local folder.
hadoop() {
	case "$1 $2" in
	"fs -cat") shift 2; cat "$@" ;;
	"fs -ls") shift 3; ls -d $1 ;;
	*) fail "hadoop $*" ;;
	esac
}
. ./merge.sh || fail "merge"
cmp one.csv customers.csv || fail "the recipe's table differs from one run"
show "Hadoop Streaming recipe = crm-import | crm-rfm on one machine, byte" \
    "for byte ($(($(wc -l <one.csv) - 1)) customers, $(wc -c <one.csv) bytes)"
