# A customer of 1 MB id in two summaries: exit 1, the id cut short in
# the message, and no output.
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,first_date,last_date,last_seen,frequency,monetary,purchase_days,repeat_monetary
$   echo "$x,2023-01-01,2023-01-01,2023-01-01,1,5.00,1,0.00"
$   echo "$x,2023-02-01,2023-02-01,2023-02-01,1,5.00,1,0.00"
$ } | ../balance crm-rfm --from-summary
! crm-rfm: customer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... appears twice: summaries must cover disjoint sets of customers
? 1
