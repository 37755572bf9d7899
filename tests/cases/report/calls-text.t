# The call list of calls.t in a mail: --brief keeps the call list, the
# totals, the groups and the changes; --calls 3 its first three rows. A
# row is a paragraph, no line past 96 columns: the priority and the
# customer, each other cell as "head: value" (none for an empty one), the
# reason on lines of its own.
$ crm-report -q --brief --calls 3 --order Gold,Silver,Bronze --previous calls-prev.csv | sed -n '/^Call/,/^Totals/p'
< customer_id,name,phone,first_date,last_date,recency_days,frequency,monetary,purchase_days,monetary_change_pct,r_score,f_score,m_score,segment,channel,visits_per_month
< 0007,Anna Müller,+41791234567,2024-01-01,2024-05-28,11,8,900,8,,4,4,5,Silver,phone,1
< b,Bo Chen,+8613800138000,2024-02-01,2024-05-20,19,5,300,5,-40.00,3,3,2,Bronze,e-mail,0
< c,Chloé Dubois,+33612345678,2024-06-03,2024-06-06,2,2,80,2,,5,2,1,Bronze,e-mail,0
< e,Eve Ng,+6591234567,2024-05-09,2024-05-09,30,1,60,1,,2,1,1,Silver,phone,1
< f,Fay Li,+85291234567,2024-04-29,2024-04-29,40,1,20,1,,2,1,1,Bronze,e-mail,0
< g,Gus Pé,+4915112345678,2024-03-01,2024-06-06,2,2,120,2,,5,2,2,Silver,phone,1
< h,Hal Roe,+441632960961,2023-06-01,2024-06-07,1,20,2000,20,,5,5,5,Gold,account manager,2
> Call list: first 3 of 7
> -----------------------
>   Moved down or lost, then aged (no new purchase, the same revenue: only the
>   time passed), then new, then the customers of groups whose plan is a
>   personal contact (phone, call, visit, manager); each kind by value,
>   highest first.
>
>   1  b  name: Bo Chen; phone: +8613800138000; Was: Gold; Now: Bronze; channel: e-mail;
>      visits_per_month: 0; Revenue: 300.00; Move: down
>      fell from Gold to Bronze: no purchase for 19 days (usually every 27); scores R 4 to 3, M 4
>      to 2; revenue 500.00 to 300.00; spent 40% less than in the window before
>   2  d  name: Dan Ode; phone: +15550100; Was: Silver; Revenue: 150.00; Move: lost
>      no longer in the customer table (was Silver)
>   3  0007  name: Anna Müller; phone: +41791234567; Was: Gold; Now: Silver; channel: phone;
>      visits_per_month: 1; Revenue: 900.00; Move: aged
>      fell from Gold to Silver: no new purchase; score fell because the week passed (R 5 to 4);
>      no purchase for 11 days (usually every 21)
>
> Totals
