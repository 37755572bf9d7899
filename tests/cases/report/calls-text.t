# The call list of calls.t (calls-now.csv) in a mail: --brief keeps the
# call list, the totals, the groups and the changes; --calls 3 its first
# three rows. A row is a paragraph, no line past 96 columns: the priority
# and the customer, each other cell as "head: value" (none for an empty
# one), the reason on lines of its own.
$ crm-report -q --brief --calls 3 --order Gold,Silver,Bronze --previous calls-prev.csv calls-now.csv | sed -n '/^Call/,/^Totals/p'
> Call list: first 3 of 7
> -----------------------
>   Moved down or lost, then aged (no new purchase, only the time passed),
>   then new, then the customers of groups whose plan is a personal contact
>   (phone, call, visit, manager); in each the overdue first, then by value,
>   highest first.
>
>   1  d  name: Dan Ode; phone: +15550100; Was: Silver; Revenue: 150.00; Move: lost
>      no longer in the customer table (was Silver)
>   2  b  name: Bo Chen; phone: +8613800138000; Was: Gold; Now: Bronze; channel: e-mail;
>      visits_per_month: 0; Revenue: 300.00; Move: down
>      fell from Gold to Bronze: no purchase for 19 days (usually every 27); scores R 4 to 3, M 4
>      to 2; revenue 500.00 to 300.00; spent 40% less than in the window before
>   3  0007  name: Anna Müller; phone: +41791234567; Was: Gold; Now: Silver; channel: phone;
>      visits_per_month: 1; Revenue: 900.00; Move: aged
>      fell from Gold to Silver: no new purchase; score fell because the week passed (R 5 to 4);
>      no purchase for 11 days (usually every 21)
>
> Totals
