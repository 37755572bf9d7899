# The summary line says, per kept column, how many customers had two or
# more different values: a is counted for region (North, then East) and
# not for name (an empty value is no value); rows on or after --asof
# count for nothing.
$ crm-rfm --asof 2024-03-01 --keep name,region 2>&1 >/dev/null | tail -1
< customer_id,order_date,amount,name,region
< a,2024-01-05,10.00,Ann,North
< a,2024-02-05,10.00,,East
< b,2024-01-07,5.00,Bo,South
< b,2024-03-07,5.00,Bob,West
> crm-rfm: 4 rows read = 3 used + 1 on or after 2024-03-01 + 0 rejected; 2 customers; customers whose value changed: name 0, region 1
? 0
