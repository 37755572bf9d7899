# --excel starts the CSV with a UTF-8 byte-order mark, so that a
# spreadsheet reads Müller and 王小明 as UTF-8.
$ crm-import -q --keep name --excel | head -c 14 | od -An -c | tr -s " " | sed "s/^ //"
< customer,date,amount,name
< 00123,2024-01-05,10.00,Müller
> 357 273 277 c u s t o m e r _ i d
? 0
