# Four customers but one distinct value: three clusters cannot be
# formed, an error (exit 1), not two empty clusters reported as found.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --kmeans 3 --cols m -o "$d/out.csv"; s=$?; ls -A "$d"; exit $s
< customer_id,m
< a,1
< b,1
< c,1
< d,1
! crm-segment: k-means: fewer distinct points than 3 clusters
? 1
