# Unknown options are usage errors (exit 2).
$ crm-import --frobnicate
! crm-import: unknown option --frobnicate
? 2
