# --excel makes CSV safe for a spreadsheet: with a text report it is a
# usage error.
$ crm-report --excel
< customer_id,monetary,segment
< 1,10,Gold
! crm-report: --excel makes CSV safe for a spreadsheet: it goes with --format csv
? 2
