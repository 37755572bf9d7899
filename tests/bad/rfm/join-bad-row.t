# A master row of another field count, or with no id, stops the run at
# its line: the master is reference data, no row of it is dropped.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,owner\n001,a\n002,b,c\n' >"$d/m.csv"; printf 'customer_id,owner\n001,a\n  ,b\n' >"$d/n.csv"; cd "$d"
$ echo 'customer_id,order_date,amount' >t.csv
$ "$OLDPWD/../balance" crm-rfm --join n.csv t.csv 2>&1 | head -1
$ "$OLDPWD/../balance" crm-rfm --join m.csv t.csv
> crm-rfm: n.csv: line 3: column "customer_id": no customer id
! crm-rfm: m.csv: line 3, expected 2 fields, found 3
? 1
