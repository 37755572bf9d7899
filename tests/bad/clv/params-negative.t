# A --params file with a parameter that is not above 0 (a hand edit, a
# nan): refused with its line, not scored into NaN.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ sed 's/^bgnbd,b,2.4259,/bgnbd,b,-2.4259,/' params.csv >"$d/p.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ "$balance" crm-clv --params p.csv -o out.csv
< customer_id,order_date,amount
< a,2024-01-01,10
! crm-clv: p.csv: line 5: bgnbd b must be above 0, not "-2.4259"
? 1
