# A header and no rows, clustered, with --allow-empty: too few to cluster
# (exit 1) all the same, no file. (Without --allow-empty: "no data rows",
# as in header-only.t.)
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --allow-empty --kmeans 2 --cols monetary -o "$d/out.csv"
< customer_id,monetary
! crm-segment: 0 customers to cluster: too few for 2 clusters
? 1
