# The recipe of crm(7), "Past one machine", on GNU parallel across two
# hosts, as the manual gives it: an sshd of our own on two ports of
# 127.0.0.1 stands in for them.  Partition by customer, crm-rfm
# --summary-only on the hosts, the sums merged by crm-rfm
# --from-summary, crm-abc over every customer, crm-clv fitted once and
# scored on the hosts with --params, crm-segment over every customer:
# the bytes of the one-machine pipeline.
. "$CRM_TOP/tests/e2e/lib.sh"

skip() {
	echo "$*: skipped (scripts/install-deps installs it)"
	exit 77
}
sshd=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$sshd" ] || skip "no sshd"
for c in ssh ssh-keygen rsync python3; do
	command -v $c >/dev/null || skip "no $c"
done
parallel --version 2>/dev/null | grep -q 'GNU parallel' || skip "no GNU parallel"

# One-machine run: the reference.
{ echo customer_id,order_date,amount; cdnow_export; } >export.csv
crm-import -q export.csv | crm-rfm -q | crm-abc -q >abc-one.csv ||
	fail "import, rfm, abc"
crm-clv -q abc-one.csv | crm-segment -q --scheme rfm >one.csv ||
	fail "clv, segment"
# The manual's recipe, with the parameters here and blocks small enough
# for several jobs.
man_example crm.7 "crm-import --partition 4 -o tx.csv export.csv" on |
	sed -e "s|/tmp/params.csv|$PWD/params.csv|g" \
	    -e 's/--block 10M/--block 100k/' >recipe.sh
grep -q 'parallel -S' recipe.sh || fail "recipe not found in crm.7"

# Two hosts: host and user keys here, sshd as the current user. Run by
# root, sshd wants its privilege separation folder, which the ssh service
# would make at its start.
[ "$(id -u)" != 0 ] || mkdir -p /run/sshd || skip "no /run/sshd"
mkdir ssh
ssh-keygen -q -t ed25519 -N '' -f ssh/host_key || fail "host key"
ssh-keygen -q -t ed25519 -N '' -f ssh/user_key || fail "user key"
cp ssh/user_key.pub ssh/authorized_keys
ports=$(python3 -c 'import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in ss))')
pids=""
# The connections to a host share one (ControlMaster): a login costs
# seconds on a busy machine, and parallel logs in several times a job.
# The socket is in /tmp, short of the 104 bytes a socket's path may
# take; %C, a hash of the host, port and user, keeps it apart.
stop() {
	for h in 1 2; do
		ssh -F ssh/config -O exit host$h 2>/dev/null
	done
	for p in $pids; do kill $p 2>/dev/null; done
}
trap stop EXIT
h=0
for port in $ports; do
	h=$((h + 1))
	cat >ssh/sshd$h.conf <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $PWD/ssh/host_key
AuthorizedKeysFile $PWD/ssh/authorized_keys
PidFile $PWD/ssh/sshd$h.pid
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
EOF
	cat >>ssh/config <<EOF
Host host$h
	HostName 127.0.0.1
	Port $port
	User $(id -un)
	IdentityFile $PWD/ssh/user_key
	IdentitiesOnly yes
	UserKnownHostsFile $PWD/ssh/known_hosts
	StrictHostKeyChecking no
	BatchMode yes
	LogLevel ERROR
	ControlMaster auto
	ControlPath /tmp/crm-dist-%C
	ControlPersist 120
EOF
	"$sshd" -D -e -f "$PWD/ssh/sshd$h.conf" 2>>ssh/sshd.log &
	pids="$pids $!"
done
ssh_cmd="ssh -F $PWD/ssh/config"
for h in 1 2; do
	tries=0
	until $ssh_cmd host$h true 2>>ssh/ssh.log; do
		tries=$((tries + 1))
		[ $tries -lt 50 ] || { cat ssh/sshd.log ssh/ssh.log >&2
			skip "sshd would not run here"; }
		sleep 0.2
	done
done
show "two hosts: sshd on 127.0.0.1 ports $ports"

# The manual's commands, parallel logging in with our keys, each run's
# jobs logged.
n=0
parallel() {
	n=$((n + 1))
	command parallel --ssh "$ssh_cmd" --env PATH --joblog jobs.$n "$@"
}
. ./recipe.sh 2>recipe.err || { cat recipe.err; fail "the recipe"; }
sed -n 's/^crm-import: /shown: /p' recipe.err
written=$(sed -n 's/.* = \([0-9]*\) written .*/\1/p' recipe.err)
sum=$(sed -n 's/^crm-import: part .*: \([0-9]*\) rows$/\1/p' recipe.err |
	awk '{ s += $1 } END { print s }')
[ "$sum" = "$written" ] || fail "parts hold $sum rows, $written written"
show "partition: the parts' rows add up to the $written written"
for log in jobs.1 jobs.2; do
	jobs=$(awk -F'\t' 'NR > 1 && $7 == 0' $log | wc -l)
	hosts=$(awk -F'\t' 'NR > 1 { print $2 }' $log | sort -u | wc -l)
	[ "$jobs" -ge 2 ] && [ "$hosts" = 2 ] ||
		fail "$jobs jobs on $hosts hosts: $(cat $log)"
	show "$log: $jobs jobs on $hosts hosts, every one exit 0"
done
cmp abc-one.csv abc.csv || fail "merged customer table differs"
show "crm-rfm --from-summary | crm-abc: merged parts = one run, byte for" \
    "byte ($(($(wc -l <abc.csv) - 1)) customers)"
cmp one.csv customers.csv ||
	fail "the recipe's table differs from one machine's"
show "crm-rfm | crm-abc | crm-clv | crm-segment: the recipe on two hosts" \
    "= one machine, byte for byte ($(wc -c <one.csv) bytes)"

# crm-abc needs every customer: on one part its classes are not the
# whole's (why the recipe runs it here).
col=$(head -n 1 abc.csv | tr , '\n' | grep -n '^abc_class$' | cut -d: -f1)
crm-rfm -q tx.0.csv | crm-abc -q | cut -d, -f1,$col |
	sort >part-abc
cut -d, -f1,$col abc.csv | sort | join -t, - part-abc >both
[ -s both ] || fail "no customer of part 0 in the whole"
awk -F, '$2 != $3' both | grep -q . ||
	fail "crm-abc on one part classed as over every customer"
exit 0
