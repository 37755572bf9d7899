# --phone-country shapes the values --link compares: alone, a usage error.
$ crm-import --phone-country 86 </dev/null
! crm-import: --phone-country needs --link
? 2
