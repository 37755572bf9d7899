# The same with --allow-empty and without --params: nothing to fit a
# model to, exit 1 all the same, and no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --allow-empty -o "$d/out.csv"
< customer_id,order_date,amount
! crm-clv: cannot fit bgnbd: no customers
? 1
