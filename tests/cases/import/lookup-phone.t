# --lookup by a phone number written another way than in the rows (the
# value is normalised as the rows' are: +86 and the blanks go), and by a
# customer id that was merged (B's rows come out under A): the same rows.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cat >"$d/in.csv"
$ crm-import -q --link phone --phone-country 86 --lookup '+86 13800000001' "$d/in.csv"
$ crm-import -q --link phone --phone-country 86 --lookup B "$d/in.csv"
< customer_id,order_date,amount,phone
< A,2024-01-01,10,+86 138-0000-0001
< B,2024-01-02,20,138 0000 0001
< D,2024-01-04,5,139 0000 0002
> customer_id,order_date,amount,kind,original_id
> A,2024-01-01,10.00,purchase,A
> A,2024-01-02,20.00,purchase,B
> customer_id,order_date,amount,kind,original_id
> A,2024-01-01,10.00,purchase,A
> A,2024-01-02,20.00,purchase,B
