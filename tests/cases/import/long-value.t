# A long bad value is cut short in the message.
$ crm-import --strict
< customer_id,order_date,amount
< A,2024-01-02,1234567890123456789012345678901234567890123456789012345678901234567890
! crm-import: line 2, column "amount": cannot parse "123456789012345678901234567890123456789012345678901234567890..." (out of range)
? 1
