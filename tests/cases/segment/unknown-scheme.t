$ crm-segment --scheme gold
! crm-segment: no scheme "gold" (there are chase, mvc, pyramid, rfm, value-loyalty)
? 2
