# A run that fails leaves an earlier --stats file as it was, as it does
# -o: a script never reads the counts of a run that did not finish.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ balance=$(cd .. && pwd)/balance; cd "$d"
$ printf 'customer_id,monetary\na,x\n' >in.csv
$ echo earlier >s.csv
$ "$balance" crm-segment --kmeans 2 --cols monetary --stats s.csv in.csv; code=$?
$ cat s.csv; ls -a | grep -c '^\.s\.csv'; exit $code
> earlier
> 0
! crm-segment: in.csv: line 2, column "monetary": cannot cluster on "x" (a plain number up to 1e15 is needed)
? 1
