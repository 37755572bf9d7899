# UTF-16 without a byte-order mark: the NUL byte after each ASCII letter
# tells it, and the message names it; not "no customer_id column".
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' | iconv -f UTF-8 -t UTF-16LE |
$     ../balance crm-import
! crm-import: the input looks like UTF-16LE without a byte-order mark (NUL bytes between the letters); convert it to UTF-8 (crm-import --encoding UTF-16LE)
? 1
