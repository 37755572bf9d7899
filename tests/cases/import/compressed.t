# gzip (one member or several), xz and zstd, told by their first bytes,
# are read as the text they hold.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' >"$d/a.csv"
$ { gzip -c "$d/a.csv"; printf 'B,2024-01-02,6\n' | gzip; } >"$d/two.csv.gz"
$ xz -c "$d/a.csv" >"$d/a.xz"; zstd -q -c "$d/a.csv" >"$d/a.zst"
$ for f in two.csv.gz a.xz a.zst; do crm-import -q "$d/$f"; done
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> B,2024-01-02,6.00,purchase
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
> customer_id,order_date,amount,kind
> A,2024-01-01,5.00,purchase
