# A NUL byte in an id makes a customer of its own (a@b, not ab); in a
# date the row is rejected and the message shows \x00.
$ printf 'customer_id,order_date,amount\na\000b,2024-01-01,5\nab,2024-01-02,6\nab,2024-02-03\000,7\n' |
$     ../balance -f "tr '\000' @" crm-clv --params params.csv
> customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> a@b,0,0.00,0.14,0.00,1.000000,1.414725,35.17,47.66
> ab,0,0.00,0.00,0.00,1.000000,1.444060,35.17,48.66
! crm-clv: line 4, column "order_date": cannot parse "2024-02-03\x00" (not a date)
? 0
