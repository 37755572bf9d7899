# The rule language: precedence (* before +, and before or), in and
# not in, texts, a backquoted name, a column by number, typographic
# operators, median() of the whole input, --default and --name.
$ crm-segment -q --name tier --default none -e 'calc: 2 + v * 3 = 17' -e 'big: v × 2 ≥ 40 and not (k in ("x", "y"))' -e 'text: k = "x" or `odd name` > 5' -e 'mid: $2 > median(v) and k not in ("z")' -e 'ones: v / 1 − 1 = 0'
< k,v,odd name
< a,5,0
< b,20,0
< x,20,0
< y,3,9
< z,12,0
< w,13,0
< q,1,0
> k,v,odd name,tier
> a,5,0,calc
> b,20,0,big
> x,20,0,text
> y,3,9,text
> z,12,0,none
> w,13,0,mid
> q,1,0,ones
