# --keep of a column crm-rfm computes, or a column it lacks: usage errors.
$ ../balance crm-rfm --keep frequency; s=$?; printf 'customer_id,order_date,amount\n' | ../balance crm-rfm --keep nope 2>&1 | head -1; exit $s
< customer_id,order_date,amount,frequency
< 001,2024-01-05,10,3
> crm-rfm: no column "nope"; name it with --keep (columns: "customer_id", "order_date", "amount")
! crm-rfm: --keep frequency: crm-rfm computes a column of that name
? 2
