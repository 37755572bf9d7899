# The same without --params: nothing to fit a model to, exit 1.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv -o "$d/out.csv"
< customer_id,order_date,amount
! crm-clv: cannot fit bgnbd: no customers
? 1
