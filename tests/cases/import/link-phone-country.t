# Ping An's lookup (issue 18): one phone number written four ways is one
# customer with --phone-country 86: +86 and 0086 mark the international
# form, 8613800000001 starts with 86 and has 13 digits, and 138 0000
# 0001 is national, 86 put in front.  E's number is another; F's UK
# number, with its own +44, stays its own.
$ crm-import -q --link phone --phone-country 86
< customer_id,order_date,amount,phone
< A,2024-01-01,10,+86 138-0000-0001
< B,2024-01-02,20,138 0000 0001
< C,2024-01-03,30,0086 13800000001
< D,2024-01-04,5,8613800000001
< E,2024-01-05,7,139 0000 0002
< F,2024-01-06,1,+44 7911 123456
> customer_id,order_date,amount,kind
> A,2024-01-01,10.00,purchase
> A,2024-01-02,20.00,purchase
> A,2024-01-03,30.00,purchase
> A,2024-01-04,5.00,purchase
> E,2024-01-05,7.00,purchase
> F,2024-01-06,1.00,purchase
