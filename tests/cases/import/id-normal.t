# One customer however the spreadsheet wrote the id: a no-break space
# before it, a zero-width space after it, the umlaut as u + combining
# diaeresis. The order lines of one order merge; --id-exact keeps three.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,order_date,amount\n\302\240M\303\274ller,2024-01-01,10\nMu\314\210ller\342\200\213,2024-01-02,5\nM\303\274ller,2024-01-03,1\n' >"$d/in.csv"
$ crm-import -q "$d/in.csv" | sed 1d | cut -d, -f1 | LC_ALL=C sort -u
$ crm-import -q --id-exact "$d/in.csv" | sed 1d | cut -d, -f1 | LC_ALL=C sort -u | wc -l
> Müller
> 3
