# scripts/check-layers holds for the tree, and fails on each way the
# layers can break: a lower layer including a higher one, a header from
# outside lib/, an include cycle, a header name in two layers, a folder
# that is no layer.
. "$CRM_TOP/tests/e2e/lib.sh"
check="$CRM_TOP/scripts/check-layers"

"$check" "$CRM_TOP" 2>err || fail "the tree: $(cat err)"

# breaks TEXT: a copy of lib/ changed by the shell commands TEXT fails,
# and its first message matches the pattern in $want.
breaks() {
	rm -rf t && mkdir t && cp -R "$CRM_TOP/lib" t/lib || fail "copy"
	(cd t && eval "$1") || fail "setup: $1"
	"$check" t 2>err && fail "passed: $1"
	grep -q "$want" err || fail "$1: $(cat err)"
}

want='lib/value/money.c: includes err.h, a header of lib/infra, above lib/value'
breaks 'echo "#include \"err.h\"" >>lib/value/money.c'
want='lib/infra/sort.c: includes txn.h, a header of lib/domain, above lib/infra'
breaks 'echo "#include \"txn.h\"" >>lib/infra/sort.c'
want='lib/value/date.h: includes "rfm.h", which is not in lib/'
breaks 'echo "#include \"rfm.h\"" >>lib/value/date.h'
want='include cycle: alloc -> err -> alloc'
breaks 'echo "#include \"alloc.h\"" >>lib/infra/err.c'
want='include cycle: canon -> txn -> canon'
breaks 'echo "#include \"txn.h\"" >>lib/domain/canon.h'
want='lib/value/err.h: a second err.h'
breaks 'cp lib/infra/err.h lib/value/err.h'
want='lib/extra: a folder that is no layer'
breaks 'mkdir lib/extra'
