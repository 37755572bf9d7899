# --sheet given for a CSV file: a usage error, not ignored.
$ ../balance crm-import --sheet 2
< customer_id,order_date,amount
< A,2024-01-01,5
! crm-import: --sheet 2: this is no workbook
? 2
