# k-means finds five well-separated clusters exactly, numbers them by a
# column's centre, answers the same bytes on every run with a seed, and
# --kmeans auto picks 5 by the silhouette.
. "$CRM_TOP/tests/e2e/lib.sh"
# 5 blobs of 200 points each, 100 apart, spread +-3: points of blob b
# have ids b-*, and blob b is centred at x = 100 * b.
awk 'BEGIN { srand(7); print "customer_id,x,y,z"
	for (b = 0; b < 5; b++) for (i = 0; i < 200; i++)
		printf "%d-%d,%.3f,%.3f,%.3f\n", b, i, 100 * b + 6 * rand() - 3,
		    (b % 2) * 100 + 6 * rand() - 3, 6 * rand() - 3 }' >blobs.csv
crm-segment -q --kmeans 5 --cols x,y,z --order-by x:asc \
	--centroids cent.csv blobs.csv >a.csv || fail "k-means failed"
# Blob b is cluster b + 1, every point of it.
awk -F, 'NR > 1 { split($1, id, "-"); if ($5 != id[1] + 1) bad++ }
	END { exit bad > 0 }' a.csv || fail "clusters not recovered"
awk -F, 'NR > 1 && $2 != 200 { exit 1 }' cent.csv || fail "sizes: $(cat cent.csv)"
awk -F, 'NR > 1 { d = $4 - 100 * ($1 - 1); if (d < -1 || d > 1) exit 1 }' \
	cent.csv || fail "centres: $(cat cent.csv)"
# The same seed gives the same bytes, whatever the order of the restarts.
crm-segment -q --kmeans 5 --cols x,y,z --order-by x:asc blobs.csv >b.csv
cmp -s a.csv b.csv || fail "two runs differ"
crm-segment -q --kmeans 5 --cols x,y,z --log --standardize --seed 9 \
	--restarts 3 blobs.csv >c.csv
crm-segment -q --kmeans 5 --cols x,y,z --log --standardize --seed 9 \
	--restarts 3 blobs.csv >d.csv
cmp -s c.csv d.csv || fail "two runs with --log --standardize differ"
crm-segment --kmeans auto --cols x,y,z blobs.csv >/dev/null 2>err
grep -q "chose k 5" err || fail "auto: $(cat err)"
# Too few customers for k clusters is a data error.
head -n 4 blobs.csv | crm-segment --kmeans 5 --cols x,y >/dev/null 2>err
[ $? = 1 ] || fail "k > customers: exit not 1"
grep -q "3 customers to cluster: too few for 5 clusters" err ||
	fail "k > customers: $(cat err)"
# A row with a value that is not a number is rejected, not lost.
printf 'customer_id,x\na,1\nb,x\nc,3\nd,100\n' |
	crm-segment --kmeans 2 --cols x >e.csv 2>err
grep -q "4 rows read = 3 written + 1 rejected" err || fail "$(cat err)"
