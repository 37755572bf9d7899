# Ping An's lookup (COURSE.md 24): a customer found by any one of their
# ids. A and B share a phone (+86 138-0000-0001 is 138 0000 0001 with
# --phone-country 86), A and C a licence plate, so A, B and C are one
# customer, named A (the smallest id); D is another. C's policy number
# P-200 finds all three rows, each with the id it came in with; D's row
# is left out (1), and the ids merged into another are B and C (2).
$ crm-import --link phone,plate,policy --phone-country 86 --keep plate,policy --lookup P-200
< customer_id,order_date,amount,phone,plate,policy
< A,2024-01-01,10,+86 138-0000-0001,京A12345,
< B,2024-01-02,20,138 0000 0001,,P-100
< C,2024-01-03,30,,京A12345,P-200
< D,2024-01-04,5,139 0000 0002,,P-300
> customer_id,order_date,amount,kind,plate,policy,original_id
> A,2024-01-01,10.00,purchase,京A12345,,A
> A,2024-01-02,20.00,purchase,,P-100,B
> A,2024-01-03,30.00,purchase,京A12345,P-200,C
! crm-import: 4 rows read = 3 written + 0 merged into orders + 1 left out by --lookup + 0 rejected; amount written 60.00; 2 ids merged into other customers by --link
