# More than 100 groups (an id given as the group): a usage error.
$ awk 'BEGIN { print "customer_id,monetary,segment"; for (i = 0; i < 150; i++) print i "," i "," i }' | ../balance crm-report
! crm-report: column "segment" has 150 different values, more than 100 groups; name it with --by to report them all
? 2
