# Ids of 1 MB with equal values: the tie goes by id (the last bytes of
# each line shown).
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,monetary; echo "${x}b,5"; echo "${x}a,5"; echo c,9
$ } | ../balance -f "cut -b 999995-" crm-abc
>
> xxxxxxb,5,3,0.263158,1.000000,A
> xxxxxxa,5,2,0.263158,0.736842,A
>
! crm-abc: 3 rows read = 3 ranked + 0 rejected
? 0
