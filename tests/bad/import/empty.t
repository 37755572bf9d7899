# An empty file has no header: exit 1, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-import -o "$d/out.csv" </dev/null
! crm-import: empty input: no header line
? 1
