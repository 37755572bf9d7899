# Every value rejected: nothing ranked, exit 1 with the counts in words;
# with --rejects the message names the file, which is kept.
$ b=$PWD/../balance d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ $b crm-abc -q -o out.csv --rejects r.csv; s=$?; ls; exit $s
< customer_id,monetary
< a,zz
< b,1e309
> r.csv
! crm-abc: no row could be used: all 2 rows were rejected (2 bad value); the rejected rows are in r.csv
? 1
