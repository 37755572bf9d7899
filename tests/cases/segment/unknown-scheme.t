$ crm-segment --scheme gold
! crm-segment: no scheme "gold" (there are mvc, pyramid, rfm, value-loyalty)
? 2
