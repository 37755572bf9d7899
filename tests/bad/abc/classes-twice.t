# --classes A,A,B: two classes of one name would read as one in every
# later tool; refused before reading.
$ ../balance crm-abc --classes A,A,B
< customer_id,monetary
< a,5
! crm-abc: --classes names "A" twice: two classes would read as one
? 2
