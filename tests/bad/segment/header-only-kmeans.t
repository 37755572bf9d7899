# A header and no rows, clustered: too few to cluster (exit 1), no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --kmeans 2 --cols monetary -o "$d/out.csv"
< customer_id,monetary
! crm-segment: 0 customers to cluster: too few for 2 clusters
? 1
