# --from-summary without monetary_value: a usage error with the columns.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --from-summary --params params.csv -o "$d/out.csv"
< id,frequency,recency,T
< a,1,2,3
! crm-clv: no column "monetary_value" (columns: "id", "frequency", "recency", "T")
? 2
