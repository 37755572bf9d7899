# A UTF-16 file (little-endian, with its byte-order mark) is told apart
# from UTF-8 and refused with the option that reads it.
$ printf '\377\376c\000,\000d\000,\000a\000\n\000A\000,\0002\000\n\000' |
$     ../balance crm-import
! crm-import: the input is UTF-16; convert it to UTF-8 (crm-import --encoding utf-16)
? 1
