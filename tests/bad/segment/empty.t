# An empty file has no header: exit 1, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-segment --scheme rfm -o "$d/out.csv" </dev/null
! crm-segment: empty input: no header line
? 1
