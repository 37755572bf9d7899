# --strict makes the first bad row fatal, with exit code 1.
$ crm-import --strict -o out.csv; s=$?; test -e out.csv && echo partial; exit $s
< CustomerID,InvoiceDate,Amount
< A,2011-01-02,5
< B,13/13/2011,5
! crm-import: line 3, column "InvoiceDate": cannot parse "13/13/2011" (month out of range)
? 1
