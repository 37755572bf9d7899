# --excel: a field from the data that a spreadsheet would run as a
# formula (=, +, -, @, a tab, a CR first), or read as a number and
# change (digits with a leading zero, or more than 15), is quoted with a
# single quote in front, as OWASP recommends. The amounts crm-import
# writes stay numbers, the refund -12.50 too, and so does a plain
# negative number in the data.
$ crm-import -q --keep name,phone,note --excel | tail -n +2
< customer,date,amount,name,phone,note
< 00123,2024-01-05,10.00,=HYPERLINK("http://example.com";"x"),+41791234567,a=b
< 00123,2024-02-05,-12.50,王小明,-,-5
< @SUM(A1),2024-01-07,5,"	tab",-2+3,"-1,5"
< 12346,2024-01-08,7,Müller,1234567890123456,0.5
> "'00123",2024-01-05,10.00,purchase,"'=HYPERLINK(""http://example.com"";""x"")","'+41791234567",a=b
> "'00123",2024-02-05,-12.50,return,王小明,"'-",-5
> "'@SUM(A1)",2024-01-07,5.00,purchase,"'	tab","'-2+3","'-1,5"
> 12346,2024-01-08,7.00,purchase,Müller,"'1234567890123456",0.5
? 0
