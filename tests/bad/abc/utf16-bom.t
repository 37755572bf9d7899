# A UTF-16 file is refused with the command that converts it.
$ printf '\377\376c\000,\000m\000\n\000a\000,\0005\000\n\000' |
$     ../balance crm-abc
! crm-abc: the input is UTF-16; convert it to UTF-8 (crm-import --encoding utf-16)
? 1
