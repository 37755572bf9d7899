# One row rejected, the other on or after --asof: both kinds said in the
# one message, under -q too.
$ ../balance crm-rfm -q --asof 2024-01-01
< customer_id,order_date,amount
< a,2024-01-05,zz
< b,2024-01-02,6
! crm-rfm: no row could be used: of 2 rows, 1 rejected (1 bad amount), 1 on or after 2024-01-01 (--asof); --rejects FILE keeps them all
? 1
