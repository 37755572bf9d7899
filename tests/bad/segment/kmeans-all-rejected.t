# Clustering where no value is a number: every row rejected, so the run
# says that, not only that too few are left to cluster (exit 1).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment -q --kmeans 2 --cols monetary -o "$d/out.csv"
< customer_id,monetary
< a,zz
< b,1e309
! crm-segment: no row could be used: all 2 rows were rejected (2 not a number); --rejects FILE keeps them all
? 1
