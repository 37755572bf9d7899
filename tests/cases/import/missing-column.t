# Without a customer column the tool says how to name one.
$ crm-import
< who,when,amount
< A,2011-01-02,5
! crm-import: no customer_id column found; name one with --map customer_id=COLUMN (columns: "who", "when", "amount")
? 2
