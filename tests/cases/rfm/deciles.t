# Deciles (COURSE.md 6: "10等分"), worked by hand from crm-rfm(1)'s rule
# score = 1 + floor(b x bins / n), b the customers strictly worse.
# deciles.csv: ten customers, cK last bought K days before the --asof,
# K x 100 in all, in one order for K <= 5 and two for K >= 6. With n = 10
# and 10 bins the score is 1 + b: R = 1 + (10 - K) = 11 - K, M = K; F is
# 1 for the five with one order (b = 0) and 1 + 5 = 6 for the rest.
# Past nine bins rfm_cell joins the scores with hyphens.  Products 10,
# 18, 24, 28, 30, 60, 108, 144, 168, 180: top20 the two with fewer than
# 2 above them (180, 168), bottom20 the two with fewer than 2 below (10,
# 18).
$ crm-rfm -q --asof 2024-01-31 --bins 10 deciles.csv | cut -d, -f1,4,5,6,11-17
> customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> c01,1,1,100.00,10,1,1,10-1-1,12,10,bottom20
> c02,2,1,200.00,9,1,2,9-1-2,12,18,bottom20
> c03,3,1,300.00,8,1,3,8-1-3,12,24,mid60
> c04,4,1,400.00,7,1,4,7-1-4,12,28,mid60
> c05,5,1,500.00,6,1,5,6-1-5,12,30,mid60
> c06,6,2,600.00,5,6,6,5-6-6,17,180,top20
> c07,7,2,700.00,4,6,7,4-6-7,17,168,top20
> c08,8,2,800.00,3,6,8,3-6-8,17,144,mid60
> c09,9,2,900.00,2,6,9,2-6-9,17,108,mid60
> c10,10,2,1000.00,1,6,10,1-6-10,17,60,mid60
# Percentiles: 100 bins over 10 customers, score = 1 + 10b.
$ crm-rfm -q --asof 2024-01-31 --bins 100 deciles.csv | cut -d, -f1,11-14
> customer_id,r_score,f_score,m_score,rfm_cell
> c01,91,1,1,91-1-1
> c02,81,1,11,81-1-11
> c03,71,1,21,71-1-21
> c04,61,1,31,61-1-31
> c05,51,1,41,51-1-41
> c06,41,51,51,41-51-51
> c07,31,51,61,31-51-61
> c08,21,51,71,21-51-71
> c09,11,51,81,11-51-81
> c10,1,51,91,1-51-91
# Fixed breakpoints with deciles: nine of them, R 10 down to 1 a day.
$ crm-rfm -q --asof 2024-01-31 --bins 10 --r-breaks 1,2,3,4,5,6,7,8,9 deciles.csv | cut -d, -f1,11 | tail -2
> c09,2
> c10,1
# crm-segment reads the hyphenated cell as text, crm-report the scores.
$ crm-rfm -q --asof 2024-01-31 --bins 10 deciles.csv | crm-segment -q -e 'Best: rfm_cell == "5-6-6"' -e 'Top decile R: r_score == 10' -e 'Rest: 1' | cut -d, -f1,14,18
> customer_id,rfm_cell,segment
> c01,10-1-1,Top decile R
> c02,9-1-2,Rest
> c03,8-1-3,Rest
> c04,7-1-4,Rest
> c05,6-1-5,Rest
> c06,5-6-6,Best
> c07,4-6-7,Rest
> c08,3-6-8,Rest
> c09,2-6-9,Rest
> c10,1-6-10,Rest
$ crm-rfm -q --bins 101 deciles.csv; s=$?; echo $s
! crm-rfm: --bins takes a whole number from 2 to 100, not "101"
> 2
# crm-report's heatmap: R 10 (c01) and F 1 in the top left of a 10 x 10
# grid; with 20 bins (R of c01 = 1 + floor(9 x 20 / 10) = 19) a grid of
# 400 cells is left out.
$ crm-rfm -q --asof 2024-01-31 --bins 10 deciles.csv | crm-report -q --format csv | grep '^rf_customers,10,' | paste -sd ' '
> rf_customers,10,1,1 rf_customers,10,2,0 rf_customers,10,3,0 rf_customers,10,4,0 rf_customers,10,5,0 rf_customers,10,6,0
$ crm-rfm -q --asof 2024-01-31 --bins 20 deciles.csv | crm-report -q --format csv | grep -c '^rf_'; s=$?; echo $s
> 0
> 1
# crm-report groups by the hyphenated cells: ten customers, ten cells,
# the best mean revenue (c10's 1,000) first.
$ crm-rfm -q --asof 2024-01-31 --bins 10 deciles.csv | crm-report -q --by rfm_cell --format csv | grep '^groups,.*,customers,' | sed -n '1p;$p'
> groups,1-6-10,customers,1
> groups,all,customers,10
