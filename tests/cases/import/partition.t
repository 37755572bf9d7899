# --partition 4 puts every row of a customer in one file, part
# FNV-1a-64(id) mod 4: C00123 in 2, 12346 in 1, a in 0 and the NFC
# Chinese name in 3 (the unit tests give the hashes); each part has the
# header, and stderr each part's rows, adding up to the rows written.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-import --partition 4 -o "$d/tx.csv" 2>"$d/err" || exit
$ for p in 0 1 2 3; do echo "== $p"; cat "$d/tx.$p.csv"; done
$ sed "s|$d/||" "$d/err" >&2
< customer_id,order_date,amount
< C00123,2024-01-02,10
< a,2024-01-03,1
< 12346,2024-01-03,5
< 张三,2024-01-04,7
< C00123,2024-02-02,-3
< a,2024-02-03,2
< 12346 ,2024-02-05,6
> == 0
> customer_id,order_date,amount,kind
> a,2024-01-03,1.00,purchase
> a,2024-02-03,2.00,purchase
> == 1
> customer_id,order_date,amount,kind
> 12346,2024-01-03,5.00,purchase
> 12346,2024-02-05,6.00,purchase
> == 2
> customer_id,order_date,amount,kind
> C00123,2024-01-02,10.00,purchase
> C00123,2024-02-02,-3.00,return
> == 3
> customer_id,order_date,amount,kind
> 张三,2024-01-04,7.00,purchase
! crm-import: 7 rows read = 7 written + 0 merged into orders + 0 rejected; amount written 28.00
