# Dates in rules, as of 2024-03-31 (worked by hand): a birthday two days
# on (A); renewals 5 and 0 days ahead (C, and D, whose last purchase
# carries a time); 76 days since a purchase this year (B, whose 29
# February birthday is 334 days away, on 28 February 2025); E's last
# purchase 290 days back, 566 days before its renewal.  D's birthday is
# no date: that rule is undefined for it, not true.
$ crm-segment -q --asof 2024-03-31 --default none -e 'Birthday this week: days_to_anniversary(birthday) < 7' -e 'Renewal due: days_until(renewal) >= 0 and days_until(renewal) <= 30' -e 'Lapsed: days_since(last_date) > 60 and year(last_date) = 2024 and days_to_anniversary(birthday) = 334' -e 'Old: date(last_date) < date("2024-01-01") and month(last_date) = 6 and day(last_date) = 15 and days_between(last_date, renewal) = 566 and today() - date(last_date) = 290'
< customer_id,last_date,birthday,renewal
< A,2024-03-25,1990-04-02,2024-04-20
< B,2024-01-15,1988-02-29,2024-06-01
< C,2023-12-01,,2024-04-05
< D,2024-03-31 14:02:00,not a date,2024-03-31
< E,2023-06-15,1975-12-24,2025-01-01
> customer_id,last_date,birthday,renewal,segment
> A,2024-03-25,1990-04-02,2024-04-20,Birthday this week
> B,2024-01-15,1988-02-29,2024-06-01,Lapsed
> C,2023-12-01,,2024-04-05,Renewal due
> D,2024-03-31 14:02:00,not a date,2024-03-31,Renewal due
> E,2023-06-15,1975-12-24,2025-01-01,Old
