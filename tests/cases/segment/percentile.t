# percentile(x, P) interpolates between the closest ranks (R's type 7):
# of 10, 20, 30, 40 the 75th is 32.5; mean() is 25.
$ crm-segment -q --default low -e 'top: v > percentile(v, 75)' -e 'upper: v > mean(v)'
< id,v
< a,10
< b,20
< c,30
< d,40
> id,v,segment
> a,10,low
> b,20,low
> c,30,upper
> d,40,top
