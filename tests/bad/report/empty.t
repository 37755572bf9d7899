# An empty file has no header: exit 1, and -o leaves no file.
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ ../balance crm-report -o "$d/r.txt" </dev/null; s=$?; ls -A "$d"; exit $s
! crm-report: empty input: no header line
? 1
