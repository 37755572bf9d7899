# Bytes after the end of gzip data, which could hide rows never read:
# refused, not ignored as gzip -d warns and does.
$ { printf 'customer_id,order_date,amount\nA,2024-01-01,5\n' | gzip; echo more; } |
$     ../balance crm-import
! crm-import: bytes that are not gzip data after the end of the gzip data
? 1
