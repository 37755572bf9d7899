# A gzip file is named as one, not read as text.
$ printf 'customer_id,monetary\na,5\n' | gzip |
$     ../balance crm-segment -e 'big: monetary > 5' --default small
! crm-segment: this is a gzip file, not CSV: decompress it first (gzip -dc)
? 1
