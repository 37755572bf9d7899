# An .ods row repeated two million times (number-rows-repeated), more
# rows than a sheet has: refused, not read for ever.
$ python3 -c '
$ import sys, zipfile
$ z = zipfile.ZipFile(sys.stdout.buffer, "w")
$ z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
$ t = "urn:oasis:names:tc:opendocument:xmlns:"
$ row = "<table:table-row%s>" + "<table:table-cell><text:p>%s</text:p></table:table-cell>" * 3 + "</table:table-row>"
$ z.writestr("content.xml", "<office:document-content xmlns:office=\"%soffice:1.0\" xmlns:table=\"%stable:1.0\" xmlns:text=\"%stext:1.0\"><office:body><office:spreadsheet><table:table table:name=\"S\">" % (t, t, t)
$     + row % ("", "customer_id", "order_date", "amount")
$     + row % (" table:number-rows-repeated=\"2000000\"", "a", "2024-01-01", "5")
$     + "</table:table></office:spreadsheet></office:body></office:document-content>")
$ z.close()' | ../balance crm-import
! crm-import: sheet "S", rows beyond row 1048576, the last of a sheet
? 1
