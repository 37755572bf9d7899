# --penalizer pulls the log parameters towards 0: the same customers give
# an interior fit with a standard error for every parameter, and the
# penalizer is kept in --params-out.  Gamma-Gamma is not penalized.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-clv -q --from-summary --penalizer 0.01 --params-out "$d/p.csv" all-alive.csv >/dev/null
$ awk -F, '$2 ~ /^(r|alpha|a|b)$/ { print $2, ($4 > 0) } $2 == "penalizer" { print $1, $2, $3 }' "$d/p.csv"
> r 1
> alpha 1
> a 1
> b 1
> bgnbd penalizer 0.0100000000
