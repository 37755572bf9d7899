# Retention from windowed tables (crm-rfm --window 1y): active means a
# purchase in the window, frequency above 0.  Before: a, b, c active in
# A, d in B (e inactive, f absent then).  Now: a and d bought again, b
# is in the table without a purchase, c is gone.  A keeps 1 of 3
# (33.33%, churn 66.67%), B 1 of 1; all 2 of 4.  B comes first, by
# its mean revenue now.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,frequency,monetary,segment\na,2,10,A\nb,1,5,A\nc,3,30,A\nd,1,8,B\ne,0,0,B\n' >"$d/prev.csv"; crm-report -q --top 0 --format csv --previous "$d/prev.csv" | grep '^retention,'
< customer_id,frequency,monetary,segment
< a,1,10,A
< b,0,0,A
< d,4,40,B
< f,1,3,B
> retention,B,active_before,1
> retention,B,active_now,1
> retention,B,retention_pct,100.00
> retention,B,churn_pct,0.00
> retention,A,active_before,3
> retention,A,active_now,1
> retention,A,retention_pct,33.33
> retention,A,churn_pct,66.67
> retention,all,active_before,4
> retention,all,active_now,2
> retention,all,retention_pct,50.00
> retention,all,churn_pct,50.00
