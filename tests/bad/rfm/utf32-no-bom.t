# UTF-32 without a mark: three NULs to each ASCII letter.
$ printf 'customer_id,order_date,amount\na,2024-01-01,5\n' | iconv -f UTF-8 -t UTF-32LE |
$     ../balance crm-rfm
! crm-rfm: the input looks like UTF-32LE without a byte-order mark (NUL bytes between the letters); convert it to UTF-8 (crm-import --encoding UTF-32LE)
? 1
