# Fourteen customers who all bought right up to the end: nobody has
# visibly stopped, so the dropout process cannot be estimated.  The fit
# is kept, said on standard error, and marked for scripts in
# --params-out (Gamma-Gamma too: 14 customers cannot pin its spread).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ crm-clv --from-summary --params-out "$d/p.csv" all-alive.csv 2>"$d/err" >/dev/null
$ grep -c 'bgnbd fit at a boundary (r .*no customer in this data has visibly stopped buying' "$d/err"
$ grep boundary "$d/p.csv"
> 1
> bgnbd,boundary,1,
> gg,boundary,1,
