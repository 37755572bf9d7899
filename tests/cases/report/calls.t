# The call list as a table of its own, worked out by hand. This week's
# table (calls-now.csv) is as of 2024-06-08 (last_date + recency_days),
# calls-prev.csv as of 2024-06-01: 7 days apart, "this week". Groups by --order: Gold,
# Silver, Bronze; the plans: Gold account manager, Silver phone (both
# personal), Bronze e-mail. No clv column: the value at stake is monetary.
#  b     Gold -> Bronze, 2 down; its revenue fell 500 -> 300 (a return):
#        a real move. Gaps: 2024-02-01..2024-05-20 is 109 days over 4
#        gaps, every 27 (rounded). R 4->3, M 4->2; -40% on the window.
#  d     Silver, not in this table: lost (value 150, last week's); then
#        61 days without a purchase, usually every 41 (82 days over 2
#        gaps): overdue.
#  0007  Gold -> Silver, with the same last_date, frequency and revenue:
#        aged, R 5->4 as recency went from 4 to 11 days; 148 days over 7
#        gaps, every 21.
#  c     not in calls-prev.csv: new, first purchase 2024-06-03.
#  h, g, e: not moved down, of groups with a personal plan, by value:
#        h Gold 2000 (372 days over 19 gaps: every 20), g Bronze -> Silver
#        (up: bought again, R 1->5, F and M 1->2, 40 -> 120), e Silver one
#        purchase day.
#  f     Bronze (e-mail), unchanged: not on the list.
# Order: down and lost, the overdue first (d), then by value (b 300),
# aged (0007), new (c), the rest by value (h 2000, g 120, e 60); none of
# those is overdue. The attributes (name, phone) pass
# through exactly; a lost customer's come from the previous table.
$ crm-report -q --call-list --format csv --order Gold,Silver,Bronze --previous calls-prev.csv calls-now.csv
> priority,customer_id,name,phone,segment_before,segment,channel,visits_per_month,monetary,move,reason
> 1,d,Dan Ode,+15550100,Silver,,,,150.00,lost,no longer in the customer table (was Silver)
> 2,b,Bo Chen,+8613800138000,Gold,Bronze,e-mail,0,300.00,down,"fell from Gold to Bronze: no purchase for 19 days (usually every 27); scores R 4 to 3, M 4 to 2; revenue 500.00 to 300.00; spent 40% less than in the window before"
> 3,0007,Anna Müller,+41791234567,Gold,Silver,phone,1,900.00,aged,fell from Gold to Silver: no new purchase; score fell because the week passed (R 5 to 4); no purchase for 11 days (usually every 21)
> 4,c,Chloé Dubois,+33612345678,,Bronze,e-mail,0,80.00,new,new this week: first purchase on 2024-06-03
> 5,h,Hal Roe,+441632960961,Gold,Gold,account manager,2,2000.00,same,"Gold, whose plan is a personal contact; no purchase for 1 day (usually every 20)"
> 6,g,Gus Pé,+4915112345678,Bronze,Silver,phone,1,120.00,up,"rose from Bronze to Silver: no purchase for 2 days (usually every 97); scores R 1 to 5, F 1 to 2, M 1 to 2; revenue 40.00 to 120.00"
> 7,e,Eve Ng,+6591234567,Silver,Silver,phone,1,60.00,same,"Silver, whose plan is a personal contact; no purchase for 30 days (bought on one day only)"
