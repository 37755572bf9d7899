# The parts' rows on stderr, one line each, named as written: the part
# number before the extension of -o's name, or at its end.  A part with
# no customer is a header line.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-import --partition 3 -o "$d/tx" 2>"$d/err" || exit
$ sed -n "s|$d/||; /part/p" "$d/err"; cat "$d/tx.2"
< customer_id,order_date,amount
< a,2024-01-03,1
< a,2024-02-03,2
< C00123,2024-01-02,10
> crm-import: part 0 of 3, tx.0: 0 rows
> crm-import: part 1 of 3, tx.1: 2 rows
> crm-import: part 2 of 3, tx.2: 1 rows
> customer_id,order_date,amount,kind
> C00123,2024-01-02,10.00,purchase
