# A gzip file cut short (still being copied): said so, not read as
# complete with its last rows missing.
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\nB,2024-01-02,6\n' |
$     gzip | head -c 40 | ../balance crm-import
! crm-import: the gzip data ends early: the file was cut short (still being copied?)
? 1
