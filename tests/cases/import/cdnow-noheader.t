# Whitespace-separated columns without a header, mapped by number.
$ crm-import -q -W --no-header --map customer_id=2 --map order_date=3 --map amount=5 --map quantity=4
<  00004 0001 19970101  2   29.33
<  00004 0001 19970118  2   29.73
<  00018 0002 19970101  1   13.97
> customer_id,order_date,amount,kind,quantity
> 0001,1997-01-01,29.33,purchase,2
> 0001,1997-01-18,29.73,purchase,2
> 0002,1997-01-01,13.97,purchase,1
