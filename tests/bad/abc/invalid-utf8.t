# Only crm-import checks encodings: a Latin-1 id goes through unchanged
# (the \374 shown as ?).
$ printf 'customer_id,monetary\nM\374ller,5\nb,6\n' |
$     ../balance -f "tr '\374' '?'" crm-abc
> customer_id,monetary,rank,value_share,cum_share,abc_class
> M?ller,5,2,0.454545,1.000000,A
> b,6,1,0.545455,0.545455,A
! crm-abc: 2 rows read = 2 ranked + 0 rejected
? 0
