# The shipped plans: every segment of the rfm scheme has one, and the
# gift plan fits the holiday tiers.
$ t=${TMPDIR:-/tmp}/crm-names.$$; crm-segment --scheme rfm --print-rules | sed -n "s/^\([A-Za-z][^:]*\):.*/\1/p" | sort >$t; cut -d, -f1 ../../../cmd/crm-segment/plans/rfm.csv | sed 1d | sort | diff $t - && rm $t && crm-segment -q --tiers custom:34,standard:33,letter --actions ../../../cmd/crm-segment/plans/gifts.csv --value v | cut -d, -f2-4
< id,v
< a,3
< b,2
< c,1
> v,segment,gift
> 3,custom,custom gift chosen by the account manager
> 2,standard,standard holiday gift box
> 1,letter,holiday letter
