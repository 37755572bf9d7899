# An input column named like one crm-abc writes (a master file's "Rank"):
# refused, as the output would have two and the next tool would read
# the first.
$ ../balance crm-abc
< customer_id,Rank,monetary
< a,sergeant,10
! crm-abc: the input has a column "Rank" already, which this tool writes: rename it
? 2
