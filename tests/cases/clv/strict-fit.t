# --strict-fit: a cron job that prefers no answer to one built on a
# boundary fit gets exit 1 and no output.
$ crm-clv -q --from-summary --strict-fit all-alive.csv
! crm-clv: bgnbd fit at a boundary: --strict-fit refuses it
? 1
