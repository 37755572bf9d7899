# A NUL byte in an id makes an id of its own (a@b here, not ab); in an
# amount the row is rejected and the message shows \x00.
$ printf 'customer_id,order_date,amount\na\000b,2024-01-01,5\nab,2024-01-02,6\nab,2024-01-03,7\000\n' |
$     ../balance -f "tr '\000' @" crm-rfm
> customer_id,first_date,last_date,recency_days,frequency,monetary,avg_order_value,tenure_days,purchase_days,repeat_monetary,r_score,f_score,m_score,rfm_cell,rfm_sum,rfm_product,rfm_group
> a@b,2024-01-01,2024-01-01,2,1,5.00,5.00,2,1,0.00,1,1,1,111,3,1,bottom20
> ab,2024-01-02,2024-01-02,1,1,6.00,6.00,1,1,0.00,3,1,3,313,7,9,top20
! crm-rfm: line 4, column "amount": cannot parse "7\x00" (not a number)
? 0
