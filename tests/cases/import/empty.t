# An empty input has no header to map.
$ crm-import
! crm-import: empty input: no header line
? 1
