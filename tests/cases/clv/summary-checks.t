# A summary row the models cannot take is rejected with its column:
# recency beyond T, recency without repeat purchases, a fractional count.
$ crm-clv --from-summary --params params.csv | cut -d, -f1-5
< id,frequency,recency,T,monetary_value
< a,2,10,38,20.5
< b,0,3,38,0
< c,1,40,38,10
< d,1.5,10,38,10
< e,0,0,30,0
> id,frequency,recency,T,monetary_value
> a,2,10,38,20.5
> e,0,0,30,0
! crm-clv: line 3, column "recency": cannot use "3"
