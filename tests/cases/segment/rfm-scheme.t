# The rfm scheme names each of the 25 R x F cells once, as crm-rfm
# --segment-names does (the grid in crm-segment(1)).
$ crm-segment -q --scheme rfm | cut -d, -f2-
< customer_id,r_score,f_score
< c11,1,1
< c12,1,2
< c13,1,3
< c14,1,4
< c15,1,5
< c21,2,1
< c22,2,2
< c23,2,3
< c24,2,4
< c25,2,5
< c31,3,1
< c32,3,2
< c33,3,3
< c34,3,4
< c35,3,5
< c41,4,1
< c42,4,2
< c43,4,3
< c44,4,4
< c45,4,5
< c51,5,1
< c52,5,2
< c53,5,3
< c54,5,4
< c55,5,5
> r_score,f_score,segment
> 1,1,Hibernating
> 1,2,Hibernating
> 1,3,At Risk
> 1,4,At Risk
> 1,5,Can't Lose Them
> 2,1,Hibernating
> 2,2,Hibernating
> 2,3,At Risk
> 2,4,At Risk
> 2,5,Can't Lose Them
> 3,1,About To Sleep
> 3,2,About To Sleep
> 3,3,Need Attention
> 3,4,Loyal Customers
> 3,5,Loyal Customers
> 4,1,Promising
> 4,2,Potential Loyalists
> 4,3,Potential Loyalists
> 4,4,Loyal Customers
> 4,5,Loyal Customers
> 5,1,New Customers
> 5,2,Potential Loyalists
> 5,3,Potential Loyalists
> 5,4,Champions
> 5,5,Champions
