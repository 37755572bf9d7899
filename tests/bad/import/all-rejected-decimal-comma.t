# A semicolon export read without --decimal-comma: every amount is
# rejected, so the run writes no row: exit 1 with the counts in words
# as its last message, not an empty table and exit 0; -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import -o "$d/out.csv" 2>"$d/err"; s=$?; cat "$d/err" >&2; tail -n 1 "$d/err"; exit $s
< Kunde;Datum;Betrag
< A;2024-02-01;12,50
< B;2024-02-02;7,00
< C;2024-02-03;1.234,00
> crm-import: no row could be used: all 3 rows were rejected (3 bad amount); --rejects FILE keeps them all
! crm-import: line 2, column "Betrag": cannot parse "12,50" (bad digit grouping (decimal comma? try --decimal-comma))
? 1
