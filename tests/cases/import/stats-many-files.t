# --stats with several files: one row for the run, the files named with
# a space between them.
$ d=$(mktemp -d) && printf 'CustomerID,Date,Amount\nA,2024-01-02,1\n' >$d/a.csv && printf 'Amount;CustomerID;Date\n2;B;2024-01-03\nx;C;2024-01-04\n' >$d/b.csv && crm-import -q --stats $d/s.csv $d/a.csv $d/b.csv >/dev/null; cut -d, -f1-8 $d/s.csv | sed "s|$d/||g"; rm -r $d
> tool,input,rows_read,rows_written,rows_merged,rows_aside,rows_rejected,rejected_by_reason
> crm-import,a.csv b.csv,3,2,0,0,1,bad amount=1
