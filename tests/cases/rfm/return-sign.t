# A row marked return takes money back even when written positive.
$ crm-rfm -q | cut -d, -f1,5,6
< customer_id,order_date,amount,kind
< a,2024-01-02,50,purchase
< a,2024-01-03,20,return
> customer_id,frequency,monetary
> a,1,30.00
