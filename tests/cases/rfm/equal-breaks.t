# Two equal breakpoints leave the score between them empty: with F breaks
# 1,1,3,6 one order is F 1, two or three F 3 (F 2 has no one), four to
# six F 4, seven and more F 5; the maxima of a quantile run's --breaks-out
# (F 1 up to 1, F 2 none, F 3 up to 3, F 4 up to 6) give those breaks.
$ crm-rfm -q --asof 2024-06-01 --f-breaks 1,1,3,6 | cut -d, -f1,5,12
< customer_id,order_date,amount
< a,2024-05-01,5
< b,2024-05-01,5
< b,2024-05-02,5
< c,2024-05-01,5
< c,2024-05-02,5
< c,2024-05-03,5
< c,2024-05-04,5
< d,2024-05-01,5
< d,2024-05-02,5
< d,2024-05-03,5
< d,2024-05-04,5
< d,2024-05-05,5
< d,2024-05-06,5
< d,2024-05-07,5
> customer_id,frequency,f_score
> a,1,1
> b,2,3
> c,4,4
> d,7,5
