# -o FILE.xlsx: a kept note of 40,000 characters is more than a cell of a
# workbook holds: the run fails, naming the row and column, and leaves
# no file (the same note goes to CSV whole).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ { echo customer_id,order_date,amount,note
$   printf 'A,2024-01-01,5,'; head -c 40000 /dev/zero | tr '\000' x; echo
$ } | "$balance" crm-import --keep note -o tx.xlsx; s=$?; ls -A; exit $s
! crm-import: tx.xlsx: row 2, column "note": String exceeds Excel's limit of 32,767 characters.
? 1
