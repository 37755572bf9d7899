# The airline's RFM table (COURSE.md 5) as one command: 24 months, R by
# months since the last flight (1, 3, 6, 12), F by flights (under 2,
# 2-5, 6-10, 11-23, 24 and more), M by the average ticket (500, 1,000,
# 3,000, 5,000).  The course's example: last flight 2 months ago (61
# days, R4), 8 flights (F3), an average ticket of 2,400 (M3): cell 433.
# b: one flight 400 days ago, of 6,000 (R1, F1, M5); c: 24 flights, the
# last yesterday, of 450 on average (R5, F5, M1).
$ crm-rfm -q --asof 2024-07-01 --window 24m --r-breaks 30,91,182,365 --f-breaks 1,5,10,23 --m-breaks 500,1000,3000,5000 --m-measure avg_order_value | cut -d, -f1,4,5,7,11-14
< customer_id,order_date,amount
< a,2023-01-10,2000
< a,2023-03-10,2800
< a,2023-05-10,2400
< a,2023-07-10,2400
< a,2023-09-10,2400
< a,2023-11-10,2400
< a,2024-01-10,2400
< a,2024-05-01,2400
< b,2023-05-28,6000
< c,2024-01-01,450
< c,2024-01-08,450
< c,2024-01-15,450
< c,2024-01-22,450
< c,2024-02-01,450
< c,2024-02-08,450
< c,2024-02-15,450
< c,2024-02-22,450
< c,2024-03-01,450
< c,2024-03-08,450
< c,2024-03-15,450
< c,2024-03-22,450
< c,2024-04-01,450
< c,2024-04-08,450
< c,2024-04-15,450
< c,2024-04-22,450
< c,2024-05-01,450
< c,2024-05-08,450
< c,2024-05-15,450
< c,2024-05-22,450
< c,2024-06-01,450
< c,2024-06-08,450
< c,2024-06-15,450
< c,2024-06-30,450
> customer_id,recency_days,frequency,avg_order_value,r_score,f_score,m_score,rfm_cell
> a,61,8,2400.00,4,3,3,433
> b,400,1,6000.00,1,1,5,115
> c,1,24,450.00,5,5,1,551
