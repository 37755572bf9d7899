# An empty file has no header: exit 1, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-abc -o "$d/out.csv" </dev/null
! crm-abc: empty input: no header line
? 1
