# 2023-02-29 (not a leap year) and 0000-00-00 are rejected with their
# line and column; the rejects file gets both rows, the good ones go on.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import --rejects "$d/r.csv"; s=$?; cat "$d/r.csv"; exit $s
< customer_id,order_date,amount
< A,2023-02-29,5
< B,0000-00-00,6
< C,2024-02-29,7
> customer_id,order_date,amount,kind
> C,2024-02-29,7.00,purchase
> line,reason,customer_id,order_date,amount
> 2,"column ""order_date"": cannot parse ""2023-02-29"" (no such day)",A,2023-02-29,5
> 3,"column ""order_date"": cannot parse ""0000-00-00"" (year out of range)",B,0000-00-00,6
! crm-import: line 2, column "order_date": cannot parse "2023-02-29" (no such day)
? 0
