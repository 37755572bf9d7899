# A NUL byte in an id is kept (shown as @); in a value the row is
# rejected, the message showing \x00. No field is split at the NUL.
$ printf 'customer_id,monetary,note\na\000b,5,x\nc,6\000,y\nd,7,z\000w\n' |
$     ../balance -f "tr '\000' @" crm-abc
> customer_id,monetary,note,rank,value_share,cum_share,abc_class
> a@b,5,x,2,0.416667,1.000000,A
> d,7,z@w,1,0.583333,0.583333,A
! crm-abc: line 3, column "monetary": cannot parse "6\x00" (not a number)
? 0
