# Line items summed into orders, and customers linked by email, are
# written at the end, to the part of the id they end up with: C00123 and
# 12346 share b@x and are one customer, 12346 (part 1 of 2), with every
# order of both; a is in part 0.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-import -q --map order_id=invoice --link email --partition 2 -o "$d/tx.csv" || exit
$ for p in 0 1; do echo "== $p"; cat "$d/tx.$p.csv"; done
< customer_id,order_date,amount,invoice,email
< C00123,2024-01-02,10,A1,a@x
< C00123,2024-01-02,5,A1,a@x
< 12346,2024-01-03,5,A2,b@x
< C00123,2024-01-04,7,A3,b@x
< a,2024-01-05,1,A4,c@x
> == 0
> customer_id,order_date,amount,kind,order_id
> a,2024-01-05,1.00,purchase,A4
> == 1
> customer_id,order_date,amount,kind,order_id
> 12346,2024-01-02,15.00,purchase,A1
> 12346,2024-01-03,5.00,purchase,A2
> 12346,2024-01-04,7.00,purchase,A3
