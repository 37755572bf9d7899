# 1e309, -- and 12.3.4 are rejected; the rejects file holds them all.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-clv --params params.csv --rejects "$d/r.csv"; s=$?; cut -d, -f1 "$d/r.csv"; exit $s
< customer_id,order_date,amount
< a,2024-01-01,1e309
< a,2024-01-02,--
< a,2024-01-03,12.3.4
< a,2024-01-04,5
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a,0,0.00,0.00,0.00,1.000000,1.444060,35.17,48.66
> line
> 2
> 3
> 4
! crm-clv: line 2, column "amount": cannot parse "1e309" (out of range)
? 0
