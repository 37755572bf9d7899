# A header and no customers: a report of nothing is no success (exit 1,
# in words), and -o leaves no file. Changed with issue 17 from an empty
# report and exit 0, which --allow-empty still gives.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-report -o "$d/r.txt"; s=$?; ls -A "$d"; exit $s
< customer_id,monetary,segment
! crm-report: no data rows, only a header (--allow-empty accepts that)
? 1
