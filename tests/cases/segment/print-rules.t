# --print-rules writes the scheme, to copy and change.
$ crm-segment --scheme mvc --print-rules | grep -v '^#' | grep .
> let value = monetary
> let potential = clv - value
> let top = 20                  # percent of customers in each top group
> BZ:    value < 0                       # below zero: they cost more than they bring
> MVC:   pct(value) >= 100 - top         # most valuable customers
> MGC:   pct(potential) >= 100 - top     # most growable customers
> other: true
