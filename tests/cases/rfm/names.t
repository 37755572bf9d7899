# --segment-names names the R x F cell.
$ crm-rfm -q --segment-names --r-breaks 1,2,3,4 --f-breaks 1,2,3,4 | cut -d, -f1,11,12,18
< customer_id,order_date,amount
< new,2024-01-10,1
< champ,2024-01-06,1
< champ,2024-01-07,1
< champ,2024-01-08,1
< champ,2024-01-09,1
< champ,2024-01-10,1
< lost,2024-01-01,1
< cant,2024-01-01,1
< cant,2024-01-02,1
< cant,2024-01-03,1
< cant,2024-01-04,1
< cant,2024-01-05,1
> customer_id,r_score,f_score,rfm_segment
> cant,1,5,Can't Lose Them
> champ,5,5,Champions
> lost,1,1,Hibernating
> new,5,1,New Customers
