# Without a value column: groups ordered by name, no Pareto table, no
# tier lists. p_alive is the same within every class but is crm-clv's
# measure, not a plan, so there are no segment actions either.
$ crm-report -q
< customer_id,abc_class,p_alive,segment_note
< 1,A,1.000000,x
< 2,B,1.000000,y
< 3,B,1.000000,y
< 4,C,0.500000,z
> Customer report
> ===============
>
> Totals
> ------
>
>   Customers   4
>   Groups      3
>   Grouped by  abc_class
>   Order       by name (no value column)
>
> Groups
> ------
>   % of all customers.
>
>   Group  Customers       %
>   -----  ---------  ------
>   A              1   25.00
>   B              2   50.00
>   C              1   25.00
>   -----  ---------  ------
>   all            4  100.00
