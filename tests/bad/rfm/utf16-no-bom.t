# UTF-16 without a mark: named, with the command that converts it.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\n' | iconv -f UTF-8 -t UTF-16BE |
$     ../balance crm-rfm
! crm-rfm: the input looks like UTF-16BE without a byte-order mark (NUL bytes between the letters); convert it to UTF-8 (crm-import --encoding UTF-16BE)
? 1
