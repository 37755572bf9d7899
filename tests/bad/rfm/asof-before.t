# --asof before all the data: every row falls on or after it and is
# counted so; no customer is left, so the run fails and says where the
# rows went (changed with issue 17 from an empty table and exit 0).
$ ../balance crm-rfm --asof 2020-01-01
< customer_id,order_date,amount
< a,2024-01-01,5
< b,2024-01-02,6
! crm-rfm: no row could be used: of 2 rows, 2 on or after 2020-01-01 (--asof)
? 1
