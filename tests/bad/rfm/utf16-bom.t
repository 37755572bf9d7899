# A UTF-16 file is refused with the command that converts it.
$ printf '\376\377\000c\000,\000d\000,\000a\000\n\000A\000,\0002\000\n' |
$     ../balance crm-rfm
! crm-rfm: the input is UTF-16; convert it to UTF-8 (crm-import --encoding utf-16)
? 1
