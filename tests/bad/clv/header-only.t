# Transactions with a header and no rows: no customers to score is no
# success (exit 1, in words), and -o leaves no file. Changed with issue
# 17 from an empty table, which --allow-empty gives (header-only-allowed.t).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --params params.csv -o "$d/out.csv"
< customer_id,order_date,amount
! crm-clv: no data rows, only a header (--allow-empty accepts that)
? 1
