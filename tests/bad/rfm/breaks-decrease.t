# Breakpoints that go down cannot be scored: a usage error, nothing read.
$ crm-rfm --f-breaks 1,3,2,6; s=$?; echo "exit $s"
< customer_id,order_date,amount
< a,2024-05-01,5
> exit 2
! crm-rfm: --f-breaks: breakpoints must not decrease
