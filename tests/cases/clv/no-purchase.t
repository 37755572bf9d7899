# A customer of crm-rfm's table who only returned goods (no first_date)
# keeps its row, in its place, with the score columns empty.
$ printf 'customer_id,order_date,amount\na,2024-01-01,10\nr,2024-02-01,-5\nb,2024-03-01,20\nb,2024-05-01,30\n' | crm-rfm -q --summary-only | crm-clv -q --model simple --retention 0.8 | cut -d, -f1,2,9
> customer_id,first_date,clv
> a,2024-01-01,10.00
> b,2024-03-01,50.00
> r,,
