#ifndef CRM_DATE_H
#define CRM_DATE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Dates are day numbers inside (days since 1970-01-01, negative before)
 * and ISO YYYY-MM-DD outside. A time of day, when the input has one, is
 * kept apart as seconds since midnight.
 */

/* No day: an empty or absent date, below every real one. */
#define DAY_NONE INT32_MIN

#define DATE_NO_TIME (-1)	/* the secs of a date without a time of day */

/* Day/month order of the slash dates of one column, learnt from the data. */
enum date_order { DATE_ORDER_UNKNOWN, DATE_ORDER_DMY, DATE_ORDER_MDY };

enum date_status {
	DATE_OK,
	DATE_BAD,	/* not a date; *why says why */
	DATE_AMBIGUOUS,	/* day and month could be swapped, order not known yet */
};

/* One per date column: it remembers the day/month order the column uses,
 * and the last dates it read. */
struct date_parser;

/* A parser for one column: pattern is strptime-style (--date-format,
 * kept, not copied: it must outlive the parser), or NULL to recognise
 * the forms crm-import(1) lists, the order of slash dates not yet known.
 * NULL when out of memory; the caller frees it with date_parser_free
 * (which takes NULL too). */
struct date_parser *date_parser_new(const char *pattern);
void date_parser_free(struct date_parser *p);

/* The day/month order p has learnt so far. */
enum date_order date_parser_order(const struct date_parser *p);

/* The day (and *secs the time of day, or DATE_NO_TIME) of s[0..len);
 * DATE_BAD with *why the reason (a static string) for a value that is no
 * date or out of range; DATE_AMBIGUOUS for a slash date whose order p
 * does not know yet. An unambiguous slash date teaches p its order. */
enum date_status date_parse(struct date_parser *p, const char *s, size_t len,
    int32_t *day, int32_t *secs, const char **why);

/* A date field of a table: an empty field is no date (*day DAY_NONE), a
 * date its day; 0, or -1 for a field that is not a date. A caller that
 * needs a date refuses DAY_NONE itself. */
int date_field(struct date_parser *p, const char *s, size_t len,
    int32_t *day);

/* 1 and *day when s[0..9] (ten bytes, read whatever they are) is an
 * ISO date YYYY-MM-DD before 9999; 0 otherwise. */
int date_iso(const char *s, int32_t *day);

/* 1 when y-m-d is a day of the proleptic Gregorian calendar, years 1 to
 * 9999; 0 otherwise. */
int date_valid(int y, int m, int d);

/* The day number of a valid y-m-d, and back. */
int32_t date_from_ymd(int y, int m, int d);
void date_to_ymd(int32_t day, int *y, int *m, int *d);

/* day as YYYY-MM-DD and a NUL into buf (11 bytes); returns 10. */
int date_format(int32_t day, char *buf);

/* secs (0 to 86399) as HH:MM:SS and a NUL into buf (9 bytes); returns 8. */
int time_format(int32_t secs, char *buf);

#endif
