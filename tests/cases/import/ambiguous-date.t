# Day/month order the data never settles is an error, never a guess.
$ crm-import
< customer_id,order_date,amount
< A,3/4/2024,1
< B,5/6/2024,2
! crm-import: column "order_date": day and month order cannot be told from the data (2 dates such as "3/4/2024" on line 2 and "5/6/2024" on line 3); give --date-format %d/%m/%Y or %m/%d/%Y
? 1
