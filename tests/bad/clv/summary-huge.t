# Summary values past the range of money (and 1e309, --, 12.3.4) are
# rejected, not scored as inf or NaN or printed cut short.
$ ../balance crm-clv --from-summary --params params.csv
< id,frequency,recency,T,monetary_value
< a,1e309,1,2,3
< b,--,1,2,3
< c,12.3.4,1,2,3
< d,1,1,2,1e300
< e,2,1e13,1e13,3
< f,2,10,20,9000000000000
> id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv
> f,2,10,20,9000000000000,0.569949,1.914757,7379407172199.32,13493096325507.43
! crm-clv: line 2, column "frequency": cannot use "1e309"
? 0
