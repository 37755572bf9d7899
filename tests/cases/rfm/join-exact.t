# With --id-exact the ids are compared as they are, past ASCII blanks:
# a decomposed e + acute accent is not the precomposed one.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ printf 'customer_id,region\n 001 ,North\ne\314\201,South\n' >m.csv
$ printf 'customer_id,order_date,amount\n001,2024-01-05,10\n\303\251,2024-01-06,5\n' | crm-rfm -q --id-exact --join m.csv | cut -d, -f1,18-
> customer_id,region
> 001,North
> é,
? 0
