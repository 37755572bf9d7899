# --max-rejects P% fails the run past the share, and writes no output file.
$ crm-import -q --max-rejects 10% -o out.csv; s=$?; test -e out.csv && echo partial; exit $s
< CustomerID,InvoiceDate,Amount
< A,2011-01-02,5
< ,2011-01-02,5
! crm-import: 1 of 2 rows rejected, more than 10% (--max-rejects)
? 1
