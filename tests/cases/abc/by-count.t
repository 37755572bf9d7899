# --by count: A the top 20% of the customers above zero, B the next 70%;
# --sort gives rank order; more classes with more cuts.
$ t=$(mktemp); cat >$t; crm-abc -q --by count --sort -v spend --id who $t | cut -d, -f1,6; crm-abc -q --cuts 50,80,90,99 --classes P,Q,R,S,T --no-zero-class -v spend --id who $t | cut -d, -f1,6; rm $t
< who,spend
< g,-10
< a,50
< e,5
< b,30
< f,0
< c,10
< d,5
> who,abc_class
> a,A
> b,B
> c,B
> d,B
> e,B
> f,Z
> g,Z
> who,abc_class
> g,T
> a,P
> e,S
> b,Q
> f,T
> c,R
> d,S
