# --phone-country takes a calling code, not a dialling prefix.
$ crm-import --link phone --phone-country 0086 </dev/null
! crm-import: --phone-country takes a country calling code of 1 to 3 digits (86, 44, 1), not "0086"
? 2
