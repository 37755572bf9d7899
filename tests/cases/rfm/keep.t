# --keep: each customer's latest non-empty value by date, a tie to the
# later row, byte for byte (leading zeros, a leading +, quotes); columns
# after the scores, in the order given.
$ crm-rfm -q --asof 2024-03-01 --keep phone,name
< customer_id,order_date,amount,kind,name,phone
< 001,2024-01-05,10.00,purchase,Anna,+41791234567
< 001,2024-02-05,20.00,purchase,,+41791234568
< 001,2024-01-20,3.00,purchase,"Müller, Anne",
< 002,2024-01-07,5.00,purchase,Bo,0044123
< 002,2024-01-07,5.00,purchase,Bob,   
< 003,2024-02-01,7.50,return,Cy,
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group,phone,name
> 001,2024-01-05,2024-02-05,25,3,33.00,11.00,56,3,11.50,4,4,4,444,12,64,top20,+41791234568,"Müller, Anne"
> 002,2024-01-07,2024-01-07,54,1,10.00,10.00,54,1,0.00,2,2,2,222,6,8,mid60,0044123,Bob
> 003,,,,0,-7.50,,,0,0.00,1,1,1,111,3,1,bottom20,,Cy
? 0
