# A 10 MB note goes through whole (lines cut to 30 bytes here); a 10 MB
# value is rejected with its value cut short in the message.
$ { echo customer_id,monetary,note
$   printf 'a,5,'; head -c 10000000 /dev/zero | tr '\000' x; echo
$   printf 'b,'; head -c 10000000 /dev/zero | tr '\000' 1; echo ,y
$   echo c,7,z
$ } | ../balance -f "cut -b 1-30" crm-abc
> customer_id,monetary,note,rank
> a,5,xxxxxxxxxxxxxxxxxxxxxxxxxx
> c,7,z,1,0.583333,0.583333,A
! crm-abc: line 3, column "monetary": cannot parse "111111111111111111111111111111111111111111111111111111111111..." (out of range)
? 0
