# --decimal-comma reads European amounts; semicolons are detected.
$ crm-import -q --decimal-comma
< Kunde;Datum;Betrag
< 1;05.03.2024;1.234,50
< 2;13.03.2024;€ 12,5
> customer_id,order_date,amount,kind
> 1,2024-03-05,1234.50,purchase
> 2,2024-03-13,12.50,purchase
