# A UTF-16 file with one byte lost in the middle: every character after
# it is read out of step, a LF and the letter after it as U+0A00. The
# run stops at that line instead of reading on (it once hung).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ printf 'customer_id,order_date,amount\nA,2024-01-01,5\nB,2024-01-02,6\nC,2024-01-03,7\n' |
$     iconv -f UTF-8 -t UTF-16LE >"$d/u16"
$ { head -c 100 "$d/u16"; tail -c +102 "$d/u16"; } | ../balance crm-import --encoding utf-16le
! crm-import: line 3: the utf-16le text is out of step (a line end read as U+0A00): a byte is missing or extra before this line
? 1
