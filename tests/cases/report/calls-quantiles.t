# Aged under quantile scores: x and y bought nothing since calls-prev-q.csv
# (same last_date, frequency and monetary) and fell from Gold to Silver.
# Their R fell as 7 days passed (31 -> 38, 12 -> 19), and x's F fell too,
# though its frequency did not change: the other customers' scores
# moved (z bought again). Without purchase_days the usual gap counts the
# orders: x 121 days over 2 gaps, every 61; y 19 days over 3, every 6,
# and 19 days without a purchase is overdue. With a clv column the value
# at stake is the CLV: y (70) before x (45), though x has the larger
# revenue. w returned goods (200 -> 190) and bought nothing: its M score
# stayed 3, so the move is the week's too (R 4 -> 3; 54 days over 1 gap);
# at stake 25, last. z moved up and Silver's plan (none here) is
# not a personal contact: z is not on the list. -t: the list as TSV.
$ crm-report -q --call-list -t --order Gold,Silver --previous calls-prev-q.csv | tr '\t' '|'
< customer_id,first_date,last_date,recency_days,frequency,monetary,r_score,f_score,m_score,clv,segment
< x,2024-01-01,2024-05-01,38,3,300,2,3,4,45,Silver
< y,2024-05-01,2024-05-20,19,4,100,3,4,3,70,Silver
< z,2024-05-30,2024-06-06,2,2,30,5,5,2,9,Gold
< w,2024-04-01,2024-05-25,14,2,190,3,4,3,25,Silver
> priority|customer_id|segment_before|segment|monetary|clv|move|reason
> 1|y|Gold|Silver|100.00|70.00|aged|fell from Gold to Silver: no new purchase; score fell because the week passed (R 4 to 3); no purchase for 19 days (usually every 6: overdue)
> 2|x|Gold|Silver|300.00|45.00|aged|fell from Gold to Silver: no new purchase; score fell because the week passed and the other customers' scores moved (R 3 to 2, F 4 to 3); no purchase for 38 days (usually every 61)
> 3|w|Gold|Silver|190.00|25.00|aged|fell from Gold to Silver: no new purchase; score fell because the week passed (R 4 to 3); no purchase for 14 days (usually every 54); revenue 200.00 to 190.00
