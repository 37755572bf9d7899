# -o replaces a file keeping its permissions (and owner and group where
# the system allows), makes a new one 0666 & ~umask, and writes through a
# symbolic link into the file it points to, wherever that is.
. "$CRM_TOP/tests/e2e/lib.sh"
printf 'customer_id,order_date,amount\na,2024-01-01,1\nb,x,2\n' >in.csv

mode() { stat -c %a "$1"; }

# Permission bits kept, whatever the umask.
umask 022
for m in 600 640 604 660 444; do
	echo old >f.csv
	chmod $m f.csv
	crm-import -q -o f.csv --rejects f.csv.rej in.csv || fail "$m: exit $?"
	[ "$(mode f.csv)" = $m ] || fail "0$m became 0$(mode f.csv)"
	[ "$(wc -l <f.csv)" = 2 ] || fail "$m: not replaced"
done
# A new file: 0666 & ~umask.
umask 027
rm -f new.csv
crm-import -q -o new.csv in.csv || fail "new: exit $?"
[ "$(mode new.csv)" = 640 ] || fail "new file under umask 027: 0$(mode new.csv)"
umask 022

# The owner and group are kept when we may give them (root here).
if [ "$(id -u)" = 0 ]; then
	echo old >o.csv
	chown 65534:65534 o.csv
	chmod 640 o.csv
	crm-import -q -o o.csv in.csv || fail "owner: exit $?"
	[ "$(stat -c %u:%g:%a o.csv)" = 65534:65534:640 ] ||
		fail "owner and group not kept: $(stat -c %u:%g:%a o.csv)"
	# A user who may not give the group: its bits become the others'.
	mkdir shared
	chmod 777 shared
	echo old >shared/g.csv
	chmod 640 shared/g.csv
	if command -v setpriv >/dev/null &&
	    setpriv --reuid=65534 --regid=65534 --clear-groups true; then
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		    crm-import -q -o shared/g.csv in.csv || fail "as nobody: exit $?"
		[ "$(stat -c %u:%a shared/g.csv)" = 65534:600 ] ||
			fail "group not kept: $(stat -c %u:%g:%a shared/g.csv)"
	fi
fi

# Through a link: its target is replaced, the link stays, the temporary
# goes in the target's folder (a long path, a relative link).
mkdir -p a/folder/deep/enough/to/make/the/path/longer/than/the/link
ln -s a/folder/deep/enough/to/make/the/path/longer/than/the/link/t.csv l.csv
crm-import -q -o l.csv in.csv || fail "long link: exit $?"
[ -L l.csv ] || fail "the link was replaced"
[ "$(wc -l <l.csv)" = 2 ] || fail "the target was not written"
# A chain of links, relative to each link's own folder, to a 0600 file.
mkdir b
echo old >b/real.csv
chmod 600 b/real.csv
ln -s real.csv b/hop.csv
ln -s b/hop.csv chain.csv
crm-import -q -o chain.csv --rejects chain-rej.csv in.csv || fail "chain: exit $?"
[ -L chain.csv ] && [ -L b/hop.csv ] || fail "a link in the chain was replaced"
[ "$(mode b/real.csv)" = 600 ] && [ "$(wc -l <b/real.csv)" = 2 ] ||
	fail "chain's target: 0$(mode b/real.csv), $(wc -l <b/real.csv) lines"
# A link to nothing yet makes its target.
ln -s made.csv dangling.csv
crm-import -q -o dangling.csv in.csv || fail "dangling: exit $?"
[ -L dangling.csv ] && [ -f made.csv ] || fail "dangling link replaced"
# A loop of links: an I/O error, nothing written.
ln -s loop2 loop1
ln -s loop1 loop2
crm-import -q -o loop1 in.csv 2>err
[ $? = 3 ] || fail "loop: exit $?"
grep -q "^crm-import: loop1: Too many levels of symbolic links$" err ||
	fail "loop: $(cat err)"
[ -L loop1 ] && [ -L loop2 ] || fail "loop replaced"
[ -z "$(ls -A | grep '^\.')" ] || fail "left: $(ls -A | grep '^\.')"
