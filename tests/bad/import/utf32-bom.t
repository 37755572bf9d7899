# UTF-32 with its mark (FF FE 00 00): named as UTF-32, not taken for
# UTF-16.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' | iconv -f UTF-8 -t UTF-32 |
$     ../balance crm-import
! crm-import: the input is UTF-32LE (it starts with its byte-order mark); convert it to UTF-8 (crm-import --encoding UTF-32LE)
? 1
