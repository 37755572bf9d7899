# A gzip-compressed export given as CSV: named by its first bytes, with
# what to do, not read as text with an encoding hint; exit 1.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' | gzip | ../balance crm-import
! crm-import: this is a gzip file, not CSV: decompress it first (gzip -dc)
? 1
