# The cell rules' edges (tests/data/sheets/edge.xlsx): serial 60 is
# Excel's 1900-02-29, which never was, and is rejected as such, the days
# around it right; 0.1 + 0.2 as a double is 0.3; 1E-3 is 0.001; a
# boolean is no amount; a formula's error value is kept as text.
$ crm-import -q --keep note --rejects - ../../data/sheets/edge.xlsx
> line,reason,customer_id,order_date,amount,note
> 2,"column ""order_date"": cannot parse ""1900-02-29"" (no such day)",a,1900-02-29,1,1900-02-29
> 7,"column ""amount"": cannot parse ""TRUE"" (not a number)",f,2024-05-03,TRUE,#DIV/0!
> customer_id,order_date,amount,kind,note
> b,1900-03-01,2.00,purchase,1900-03-01
> c,1900-02-28,3.00,purchase,1900-02-28
> d,2024-05-01,0.30,purchase,0.3
> e,2024-05-02,5.00,purchase,0.001
