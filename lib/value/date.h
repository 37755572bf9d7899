#ifndef CRM_DATE_H
#define CRM_DATE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Dates are day numbers inside (days since 1970-01-01, negative before)
 * and ISO YYYY-MM-DD outside. A time of day, when the input has one, is
 * kept apart as seconds since midnight.
 */

#define DATE_NO_TIME (-1)
/* A day number that is no day: an empty date, a customer without one. */
#define DAY_NONE INT32_MIN

/* Day/month order of the slash dates of one column, learnt from the data. */
enum date_order { DATE_ORDER_UNKNOWN, DATE_ORDER_DMY, DATE_ORDER_MDY };

enum date_status {
	DATE_OK,
	DATE_BAD,	/* not a date; *why says why */
	DATE_AMBIGUOUS,	/* day and month could be swapped, order not known yet */
};

/* Exports repeat a few hundred dates millions of times: recent values are
 * remembered, per parser. */
#define DATE_MEMO 1024

struct date_memo {
	int32_t day, secs;
	uint8_t len;
	char text[23];
};

/* One per date column: it remembers the day/month order the column uses. */
struct date_parser {
	enum date_order order;
	const char *pattern;	/* strptime-style (--date-format), or NULL */
	struct date_memo memo[DATE_MEMO];
};

enum date_status date_parse(struct date_parser *p, const char *s, size_t len,
    int32_t *day, int32_t *secs, const char **why);

/* A date field of a table: an empty field is no date (*day DAY_NONE), a
 * date its day; 0, or -1 for a field that is not a date. A caller that
 * needs a date refuses DAY_NONE itself. */
int date_field(struct date_parser *p, const char *s, size_t len,
    int32_t *day);

int date_iso(const char *s, int32_t *day);	/* reads s[0..9] */
int date_valid(int y, int m, int d);
int32_t date_from_ymd(int y, int m, int d);
void date_to_ymd(int32_t day, int *y, int *m, int *d);
int date_format(int32_t day, char *buf);	/* YYYY-MM-DD + NUL; 11 bytes */
int time_format(int32_t secs, char *buf);	/* HH:MM:SS + NUL; 9 bytes */

#endif
