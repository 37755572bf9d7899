# --call-list writes the call list alone: --brief with it is a usage error.
$ crm-report --call-list --brief; s=$?; echo "exit $s"
< customer_id,monetary,segment
< a,1,A
> exit 2
! crm-report: --call-list writes the call list alone: not with --brief
