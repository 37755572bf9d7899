# crm-rfm reading an export directly counts the same three spellings of
# one id (no-break space, NFD, NFC) as one customer.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,order_date,amount\n\302\240M\303\274ller,2024-01-01,10\nMu\314\210ller,2024-01-02,5\nM\303\274ller,2024-01-03,1\n' >"$d/in.csv"
$ crm-rfm -q "$d/in.csv" | cut -d, -f1,5,6
$ crm-rfm -q --id-exact "$d/in.csv" | sed 1d | wc -l
> customer_id,frequency,monetary
> Müller,3,16.00
> 3
