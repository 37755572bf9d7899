# A gzip file is named as one, not read as text.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\n' | gzip | ../balance crm-rfm
! crm-rfm: this is a gzip file, not CSV: decompress it first (gzip -dc)
? 1
