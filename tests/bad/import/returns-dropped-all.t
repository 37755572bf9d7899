# Only returns, dropped on request: nothing is rejected, yet nothing is
# written, so the run fails and says where the rows went.
$ ../balance crm-import --returns drop
< customer_id,order_date,amount
< A,2024-01-01,-5
< B,2024-01-02,-6
! crm-import: no row could be used: of 2 rows, 2 returns dropped (--returns drop)
? 1
