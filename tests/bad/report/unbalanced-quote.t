# A quote never closed: exit 1 with the line, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-report -o "$d/r.txt"; s=$?; ls -A "$d"; exit $s
< customer_id,monetary,segment
< a,1,"A
< b,2,B
! crm-report: line 2: quoted field not closed before the end of the input
? 1
