# --set must replace a let the rules have.
$ crm-segment --scheme pyramid --set valeu=clv
< customer_id,monetary
< a,1
! crm-segment: --set valeu: the rules have no "let valeu"
? 2
