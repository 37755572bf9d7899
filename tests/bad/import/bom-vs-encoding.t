# A UTF-8 byte-order mark and --encoding gbk contradict each other: the
# run stops before anything is decoded wrongly.
$ printf '\357\273\277customer_id,order_date,amount\nA,2024-01-01,5\n' |
$     ../balance crm-import --encoding gbk
! crm-import: the input starts with a UTF-8 byte-order mark, not gbk: give --encoding utf-8 or none
? 1
