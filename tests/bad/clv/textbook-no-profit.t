# --model textbook without any yearly profit to go by: exit 1, saying
# where it could come from.
$ crm-clv --model textbook
< customer_id
< a
! crm-clv: --model textbook needs each customer's yearly profit: a column yearly_profit, --yearly-profit, or a column monetary (crm-rfm --window 1y) times --margin
? 1
