# A quote never closed: exit 1 at the line where the field starts; -o
# leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-abc -o "$d/out.csv"
< customer_id,monetary
< a,5
< b,"6
< c,7
! crm-abc: line 3: quoted field not closed before the end of the input
? 1
