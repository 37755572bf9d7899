# A master column the input has already (a table joined twice), or the
# segment's name: a usage error naming it; an input without the key
# column: a usage error naming the option.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,region\n1,North\n' >"$d/m.csv"; printf 'customer_id,segment\n1,x\n' >"$d/s.csv"; cd "$d"
$ printf 'id,monetary\n1,5\n' | "$OLDPWD/../balance" crm-segment --join m.csv -e 'a: 1' 2>&1 | head -1
$ printf 'customer_id,monetary\n1,5\n' | "$OLDPWD/../balance" crm-segment --join s.csv -e 'a: 1' 2>&1 | head -1
$ "$OLDPWD/../balance" crm-segment --join m.csv -e 'a: 1'
< customer_id,Region
< 1,South
> crm-segment: no column "customer_id"; name it with --join-key (columns: "id", "monetary")
> crm-segment: --join s.csv: column "segment" is in the output already
! crm-segment: --join m.csv: column "region" is in the output already
? 2
