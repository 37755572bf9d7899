# A master without the key column: a usage error listing its columns.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'id,owner\n001,a\n' >"$d/m.csv"; cd "$d"
$ "$OLDPWD/../balance" crm-rfm --join m.csv
< customer_id,order_date,amount
< 001,2024-01-05,10
! crm-rfm: --join m.csv: no column "customer_id" (--join-key; columns: "id", "owner")
? 2
