# Groups named "new" and "lost" (a scheme may have them) do not collide
# with the movement table's words, which then go in brackets: customer 3
# (in "new" last week) is gone, customer 2 came fresh into "lost".
$ crm-report --format csv -q --top 0 --previous prev-new.csv | grep '^movement,' | grep -v ',0$'
< customer_id,monetary,segment
< 1,500,new
< 2,250,lost
> movement,new,(lost),1
> movement,lost,new,1
> movement,(new),lost,1
