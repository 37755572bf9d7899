# A master column named like one the tools compute: a usage error that
# names it.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,Monetary\n001,a\n' >"$d/m.csv"; cd "$d"
$ "$OLDPWD/../balance" crm-rfm --join m.csv
< customer_id,order_date,amount
< 001,2024-01-05,10
! crm-rfm: --join m.csv: column "Monetary" is one the tools compute; rename it in the master file
? 2
