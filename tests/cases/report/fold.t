# A table wider than 96 columns goes in parts of the columns that fit,
# each with the first column. The movement matrix of four groups with
# long names: the rows' column is 21 wide (Silver Customer Three), the
# groups' 21, 19, 21 and 20, lost 4. 2 + 21, then 2 + 21, 2 + 19 and
# 2 + 21 make 90; Bronze Customer Four would make 112, past 96: it and
# lost make the second part (2 + 21 + 2 + 20 + 2 + 4 = 51).
$ crm-report -q --top 0 --calls 0 --order "Platinum Customer One,Golden Customer Two,Silver Customer Three,Bronze Customer Four" --previous fold-prev.csv | sed -n '/^Movement/,$p'
< customer_id,monetary,segment
< 1,500,Platinum Customer One
< 2,300,Golden Customer Two
< 3,200,Silver Customer Three
< 4,100,Bronze Customer Four
> Movement: previous group (rows) to group now (columns)
>
>   Was \ now              Platinum Customer One  Golden Customer Two  Silver Customer Three
>   ---------------------  ---------------------  -------------------  ---------------------
>   Platinum Customer One                      0                    0                      1
>   Golden Customer Two                        1                    1                      0
>   Silver Customer Three                      0                    0                      0
>   Bronze Customer Four                       0                    0                      0
>   new                                        0                    0                      0
>
>   Was \ now              Bronze Customer Four  lost
>   ---------------------  --------------------  ----
>   Platinum Customer One                     0     0
>   Golden Customer Two                       0     0
>   Silver Customer Three                     0     0
>   Bronze Customer Four                      1     0
>   new                                       0     0
>
> Fell out of the top (Platinum Customer One): call first
>
>   Customer  Was                    Now                    Revenue before  Revenue
>   --------  ---------------------  ---------------------  --------------  -------
>   3         Platinum Customer One  Silver Customer Three          250.00   200.00
