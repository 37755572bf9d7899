# A master column that --keep keeps already: a usage error naming it.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,region\n001,a\n' >"$d/m.csv"; cd "$d"
$ "$OLDPWD/../balance" crm-rfm --keep region --join m.csv
< customer_id,order_date,amount,region
< 001,2024-01-05,10,North
! crm-rfm: --join m.csv: column "region" is in the output already
? 2
