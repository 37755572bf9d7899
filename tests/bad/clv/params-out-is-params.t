# --params-out naming the --params file: an output may not be an input.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ cp params.csv "$d/p.csv"
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ "$balance" crm-clv --params p.csv --params-out p.csv -o out.csv
! crm-clv: --params-out p.csv and --params p.csv are the same file
? 2
