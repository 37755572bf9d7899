# A quote never closed: exit 1 at the line where the field starts; the
# rows streamed before it do not reach the -o file, which is not made.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment -e 'big: monetary > 5' -o "$d/out.csv"
< customer_id,monetary
< a,5
< b,"6
< c,7
! crm-segment: line 3: quoted field not closed before the end of the input
? 1
