# A customer table compressed with xz is read as it is decompressed.
$ printf 'customer_id,monetary\na,5\nb,9\n' | xz | crm-segment -q -e 'big: monetary > 5' --default small
> customer_id,monetary,segment
> a,5,small
> b,9,big
