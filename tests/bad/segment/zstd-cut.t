# A zstd file cut short: said so, not read as complete.
$ printf 'customer_id,monetary\na,5\nb,9\n' | zstd -q | head -c 20 |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
! crm-segment: the zstd data ends early: the file was cut short (still being copied?)
? 1
