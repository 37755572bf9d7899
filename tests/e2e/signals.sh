# A signal that ends a run (every one that ends it by default and can be
# caught) removes the temporaries of -o and --rejects and ends the run by
# that signal; one ignored by whoever started the tool stays ignored.
. "$CRM_TOP/tests/e2e/lib.sh"
ulimit -c 0
env --default-signal=INT true 2>/dev/null ||
	{ echo "env has no --default-signal: skipped"; exit 77; }
mkfifo in
# AddressSanitizer (the SAN=1 build) handles SIGSEGV, SIGBUS and SIGFPE
# itself, and the tools leave a handled signal so: here it must not.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_sigbus=0:handle_sigfpe=0"

# Starts crm-import on the fifo, half a file given, and waits for its
# temporaries to be there.
start() {
	env --default-signal crm-import -q -o out.csv --rejects rej.csv <in &
	pid=$!
	exec 3>in
	printf 'customer_id,order_date,amount\na,2024-01-01,1\n' >&3
	i=0
	until [ "$(ls -A | grep -c '^\.\(out\|rej\)\.csv\.')" = 2 ]; do
		i=$((i + 1))
		# a minute: a busy machine starts a sanitizer build slowly
		[ $i -lt 1200 ] || fail "no temporaries: $(ls -A)"
		sleep 0.05
	done
}

sigs="HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM
XCPU VTALRM PROF SYS IO PWR"
for sig in $sigs; do
	start
	kill -s "$sig" $pid
	wait $pid
	code=$?
	exec 3>&-
	[ $code -gt 128 ] && [ "$(kill -l $((code - 128)))" = "$sig" ] ||
		fail "SIG$sig: exit $code"
	[ -z "$(ls -A | grep -v '^in$')" ] || fail "SIG$sig left: $(ls -A)"
done

# A real-time signal too (SIGRTMIN + 1: glibc keeps the first ones).
start
kill -s "$(kill -l 35)" $pid
wait $pid
code=$?
exec 3>&-
[ $code = $((128 + 35)) ] || fail "signal 35: exit $code"
[ -z "$(ls -A | grep -v '^in$')" ] || fail "signal 35 left: $(ls -A)"

# nohup's SIGHUP stays ignored: the run goes on and writes its file.
trap '' HUP
crm-import -q -o out.csv <in &
pid=$!
exec 3>in
printf 'customer_id,order_date,amount\na,2024-01-01,1\n' >&3
# Once its temporary is there (not after a guess of 0.2 s), the tool has
# set its signals up: the SIGHUP then tests what it did with them.
i=0
until ls -A | grep -q '^\.out\.csv\.'; do
	i=$((i + 1))
	[ $i -lt 1200 ] || fail "ignored SIGHUP: no temporary: $(ls -A)"
	sleep 0.05
done
kill -s HUP $pid
exec 3>&-
wait $pid || fail "ignored SIGHUP: exit $?"
[ "$(wc -l <out.csv)" = 2 ] || fail "ignored SIGHUP: $(cat out.csv)"
