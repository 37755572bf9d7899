# --join: any customer table joined to a master file by customer id (in
# custid's normal form), the master's columns after the input's, before
# the segment; the rules test them; a row without a master row keeps
# empty values, and the account of both sides is said on stderr.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ printf 'id,region,phone\n 001 ,North,+41791234567\n002,South,0044\n009,West,+1\n' >m.csv
$ printf 'id,monetary\n001,50\n002,10\n003,90\n' | crm-segment --join m.csv --join-key id -e 'North VIP: region = "North" and pct(monetary) >= 30' -e 'Unknown: not region' --default other 2>err
$ grep join err
> id,monetary,region,phone,segment
> 001,50,North,+41791234567,North VIP
> 002,10,South,0044,other
> 003,90,,,Unknown
> crm-segment: --join m.csv: 3 customers = 2 with a master row + 1 without (attributes left empty); 3 master rows = 2 joined + 1 without a customer
? 0
