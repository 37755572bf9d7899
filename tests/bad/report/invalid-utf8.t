# Only crm-import checks encodings: a Latin-1 byte in a segment name
# goes through to the report unchanged (shown here as ?).
$ printf 'customer_id,monetary,segment\na,1,caf\351\n' | ../balance -f "tr '\351' '?'" crm-report --format csv | grep '^groups,.*,customers,'
> groups,caf?,customers,1
> groups,all,customers,1
! crm-report: 1 rows read = 1 reported + 0 rejected
? 0
