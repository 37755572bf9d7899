# An .ods workbook given as the table: named, not read as text.
$ printf 'PK\003\004\024\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\010\000\000\000mimetypeapplication/vnd.oasis.opendocument.spreadsheet' |
$     ../balance crm-report
! crm-report: this is an OpenDocument spreadsheet (.ods), not CSV: crm-import reads it, uncompressed
? 1
