# --join: the master's columns but its key appended, one row per
# customer; ids compared in custid's normal form (blanks, a no-break
# space, NFC); customers without a master row keep empty values, and
# the account of both sides is said on stderr.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ printf 'id,phone,region,owner\n 001 ,+41791234567,North,007\n\303\251,+4420,South,\n9,+1,West,x\n' >m.csv
$ printf 'customer_id,order_date,amount\n001,2024-01-05,10\ne\314\201\302\240,2024-01-06,5\n7,2024-01-07,1\n' | crm-rfm --join m.csv --join-key id 2>err | cut -d, -f1,18-
$ grep join err
> customer_id,phone,region,owner
> 001,+41791234567,North,007
> 7,,,
> é,+4420,South,
> crm-rfm: --join m.csv: 3 customers = 2 with a master row + 1 without (attributes left empty); 3 master rows = 2 joined + 1 without a customer
? 0
