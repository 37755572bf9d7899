# Ids of 1 MB: a rule compares them as texts, and they go through whole
# (the last bytes of each line shown).
$ x=$(head -c 1000000 /dev/zero | tr '\000' x)
$ { echo customer_id,monetary; echo "${x}b,5"; echo "${x}a,7"
$ } | ../balance -f "cut -b 999995-" crm-segment -e 'late: customer_id > "x"' --default early
>
> xxxxxxb,5,late
> xxxxxxa,7,late
! crm-segment: 2 customers by rule:
? 0
