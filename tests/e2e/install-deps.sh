# make (all) builds only: it names the Debian packages it misses and
# never runs apt-get or sudo; make demo and make check install them.
. "$CRM_TOP/tests/e2e/lib.sh"
mkdir fake
# dpkg-query says libcsv-dev is missing; apt-get and sudo tell on
# themselves.
cat >fake/dpkg-query <<'SH'
#!/bin/sh
[ "$3" = libcsv-dev ] && exit 1
echo "install ok installed"
SH
for c in apt-get sudo; do
	printf '#!/bin/sh\necho "%s $*" >>%s/called\n' $c "$PWD" >fake/$c
done
chmod +x fake/*
PATH=$PWD/fake:$PATH "$CRM_TOP/scripts/install-deps" --check 2>err
[ $? = 1 ] || fail "--check with a package missing: exit not 1"
grep -qx "crm needs these Debian packages to build: libcsv-dev" err ||
	fail "$(cat err)"
[ ! -e called ] || fail "--check ran $(cat called)"
# all of them there: nothing said, exit 0
sed -i 's/libcsv-dev/none/' fake/dpkg-query
PATH=$PWD/fake:$PATH "$CRM_TOP/scripts/install-deps" --check 2>err ||
	fail "--check with nothing missing: $(cat err)"
[ ! -s err ] || fail "$(cat err)"

# What make would run: install-deps only with --check for all, without
# for demo and check.
cd "$CRM_TOP" || fail "no $CRM_TOP"
make -n -B all | grep -E 'install-deps|apt-get|sudo' >"$OLDPWD/all"
[ "$(cat "$OLDPWD/all")" = "scripts/install-deps --check" ] ||
	fail "make all runs: $(cat "$OLDPWD/all")"
for t in demo check; do
	make -n $t | grep -qx "scripts/install-deps" || fail "make $t installs nothing"
done
