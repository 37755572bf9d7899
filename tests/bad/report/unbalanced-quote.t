# A quote never closed: exit 1 with the line, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-report -o "$d/r.txt"; s=$?; ls -A "$d"; exit $s
< customer_id,monetary,segment
< a,1,"A
< b,2,B
! crm-report: line 2: a quoted field runs on over line 3, which reads as a row of its own (3 fields): a stray quote? (inside quotes a quote is written "")
? 1
