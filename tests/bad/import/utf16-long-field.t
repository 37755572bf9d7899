# The same in UTF-16 with its mark: a field of 300,000 bytes decoded
# whole, the rows after it read.
$ { echo customer_id,order_date,amount,note
$   printf 'A,2024-01-01,5,'; awk 'BEGIN { for (i = 0; i < 150000; i++) printf "\326\320" }'; echo
$   echo B,2024-01-02,6,x
$ } | iconv -f GBK -t UTF-16 | ../balance -f "cut -b 1-36" crm-import --encoding utf-16 --keep note
> customer_id,order_date,amount,kind,n
> A,2024-01-01,5.00,purchase,中中中
> B,2024-01-02,6.00,purchase,x
! crm-import: 2 rows read = 2 written + 0 merged into orders + 0 rejected; amount written 11.00
? 0
