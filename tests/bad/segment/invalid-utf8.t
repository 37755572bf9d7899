# Only crm-import checks encodings: a Latin-1 id goes through unchanged
# (the \374 shown as ?).
$ printf 'customer_id,monetary\nM\374ller,7\nb,5\n' |
$     ../balance -f "tr '\374' '?'" crm-segment -e 'big: monetary > 6' --default small
> customer_id,monetary,segment
> M?ller,7,big
> b,5,small
! crm-segment: 2 customers by rule:
? 0
