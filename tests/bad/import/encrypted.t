# A password-protected .xlsx is an OLE2 file holding EncryptedPackage:
# named as an encrypted workbook, with what to do.
$ { printf '\320\317\021\340\241\261\032\341'; head -c 1000 /dev/zero
$   printf 'E\000n\000c\000r\000y\000p\000t\000e\000d\000P\000a\000c\000k\000a\000g\000e\000'; } |
$     ../balance crm-import
! crm-import: this is an encrypted workbook: save it without a password
? 1
