# --join-key without --join, --join with --summary-only, --keep with
# --from-summary: usage errors.
$ for a in '--join-key id' '--join x.csv --summary-only' '--keep a --from-summary'; do ../balance crm-rfm $a </dev/null 2>&1 | head -1; done; exit 2
> crm-rfm: --join-key goes with --join
> crm-rfm: --join joins the scored customers: give it with --from-summary
> crm-rfm: --from-summary keeps every column of the sums past their own: --keep goes with --summary-only
? 2
