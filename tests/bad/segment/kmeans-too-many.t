# k larger than the customers: exit 1 with the counts, and -o leaves no
# file (nor a temporary).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --kmeans 5 --cols monetary -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,monetary
< a,5
< b,6
< c,7
! crm-segment: 3 customers to cluster: too few for 5 clusters
? 1
