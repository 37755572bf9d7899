# --order turns the order round: Bronze is now the top group and upgrades
# are moves towards it (3 Gold->Silver, 5 Gold->Silver, 10 Trial->Bronze),
# 2 Silver->Gold a downgrade. Trial, not named, comes after the named
# ones; Platinum is in neither table, which is worth a warning. Of the
# top group's customers last week only 11, now lost, fell out.
$ crm-report --order Bronze,Silver,Gold,Platinum --previous week1.csv --format csv | grep -e ^totals,all,order -e ^changes -e ^movement
! crm-report: --order: no group "Platinum" in the input
< customer_id,monetary,segment
< 1,500,Gold
< 2,250,Gold
< 3,100,Silver
< 4,60,Silver
< 5,40,Silver
< 10,25,Bronze
< 6,25,Bronze
< 8,-20,Bronze
> totals,all,order,"as given with --order, then by mean revenue"
> changes,all,new,1
> changes,all,lost,2
> changes,all,upgraded,3
> changes,all,downgraded,1
> changes,all,unchanged,3
> changes,all,fell_out,1
> movement,Bronze,Bronze,1
> movement,Bronze,Silver,0
> movement,Bronze,Gold,0
> movement,Bronze,Trial,0
> movement,Bronze,lost,1
> movement,Silver,Bronze,0
> movement,Silver,Silver,1
> movement,Silver,Gold,1
> movement,Silver,Trial,0
> movement,Silver,lost,0
> movement,Gold,Bronze,0
> movement,Gold,Silver,2
> movement,Gold,Gold,1
> movement,Gold,Trial,0
> movement,Gold,lost,1
> movement,Trial,Bronze,1
> movement,Trial,Silver,0
> movement,Trial,Gold,0
> movement,Trial,Trial,0
> movement,Trial,lost,0
> movement,new,Bronze,1
> movement,new,Silver,0
> movement,new,Gold,0
> movement,new,Trial,0
> movement,new,lost,0
