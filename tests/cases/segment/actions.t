# --actions joins a plan to each segment; a segment without one gets
# empty action columns, and a warning.
$ crm-segment -q --scheme pyramid --tiers A:20,B:30,C --actions actions.csv
< customer_id,monetary
< a,100
< b,90
< c,80
< d,70
< e,60
< f,50
< g,40
< h,30
< i,20
< j,10
> customer_id,monetary,segment,visits_per_month,calls_per_month,gift
> a,100,A,3,2-3,custom
> b,90,A,3,2-3,custom
> c,80,B,2,1,standard
> d,70,B,2,1,standard
> e,60,B,2,1,standard
> f,50,C,,,
> g,40,C,,,
> h,30,C,,,
> i,20,C,,,
> j,10,C,,,
! crm-segment: actions.csv: no plan for segment "C" (5 customers); its action columns are empty
