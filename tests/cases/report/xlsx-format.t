# -o FILE.xlsx holds the csv format's table: another format is refused,
# pointing to --format csv, and no file is made.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cd "$d"
$ crm-report --format html -o r.xlsx; s=$?; ls -A; exit $s
< customer_id,monetary,segment
< 1,10,Gold
! crm-report: -o r.xlsx: a workbook holds the report's numbers as one table, the csv format's: leave --format out or give --format csv
? 2
