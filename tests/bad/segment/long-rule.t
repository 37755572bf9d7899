# A mistake at the end of a very long rule shows the line around the
# spot only, not the whole line.
$ awk 'BEGIN { printf "x: "; for (i = 0; i < 20000; i++) printf "a + "; print "(1" }' >"${TMPDIR:-/tmp}/long.$$"; crm-segment --rules "${TMPDIR:-/tmp}/long.$$" 2>&1 | awk '{ if (length($0) > 120) print "too long"; else n++ } END { print n }'; rm -f "${TMPDIR:-/tmp}/long.$$"
< customer_id,a
< q,1
> 3
