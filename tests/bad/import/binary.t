# A binary file of no known kind: invalid UTF-8 among control bytes is
# no text, and no encoding is hinted at.
$ printf 'customer_id,order_date,amount\n\177ELF\002\001\001\000\000\000\377\377,2024-01-01,5\n' |
$     ../balance crm-import
! crm-import: line 2, column "customer_id": invalid UTF-8 (byte 0xFF at byte 11) among control bytes: not a text file (file(1) tells what it is)
? 1
