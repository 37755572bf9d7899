/*
 * Dates of unknown format: each value's form is told from its shape, apart
 * from the day/month order of slash dates, which a column's parser learns
 * from the values that can only be read one way.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "bytes.h"
#include "date.h"

#define WHY_EMPTY	"empty date"
#define WHY_NOTDATE	"not a date"
#define WHY_YEAR	"year out of range"
#define WHY_9999	"year 9999, a placeholder for no date"
#define YEAR_9999	2932532	/* date_from_ymd(9999, 1, 1) */
#define WHY_MONTH	"month out of range"
#define WHY_DAY		"no such day"
#define WHY_TIME	"time out of range"
#define WHY_YY		"two-digit year: give --date-format"
#define WHY_DMY		"day-first date in a month-first column"
#define WHY_MDY		"month-first date in a day-first column"
#define WHY_AMBIGUOUS	"day and month could be swapped"
#define WHY_LONG	"date too long"
#define WHY_PATTERN	"does not match --date-format"
#define WHY_NOYEAR	"no year in --date-format"

/* UTF-8 of the Chinese date and time units. */
#define CJK_YEAR	"\xe5\xb9\xb4"
#define CJK_MONTH	"\xe6\x9c\x88"
#define CJK_DAY		"\xe6\x97\xa5"
#define CJK_DAY2	"\xe5\x8f\xb7"
#define CJK_HOUR	"\xe6\x97\xb6"
#define CJK_MINUTE	"\xe5\x88\x86"
#define CJK_SECOND	"\xe7\xa7\x92"

#define PATTERN_MAX	255

/* Exports repeat a few hundred dates millions of times: recent values are
 * remembered, per parser, 32 KB of them. */
#define DATE_MEMO 1024

struct date_memo {
	int32_t day, secs;
	uint8_t len;
	char text[23];
};

struct date_parser {
	enum date_order order;
	const char *pattern;	/* strptime-style (--date-format), or NULL */
	struct date_memo memo[DATE_MEMO];
};

struct date_parser *
date_parser_new(const char *pattern)
{
	struct date_parser *p = calloc(1, sizeof(*p));

	if (p != NULL)
		p->pattern = pattern;
	return p;
}

void
date_parser_free(struct date_parser *p)
{
	free(p);
}

enum date_order
date_parser_order(const struct date_parser *p)
{
	return p->order;
}
#define NO_YEAR		(-10000)	/* tm_year no pattern can produce */

#define DAY_0000_03_01	(-719468)	/* from 1970-01-01 */
#define DAYS_400Y	146097
#define EXCEL_1970	25569		/* serial of 1970-01-01 */
#define EXCEL_MIN	10000		/* 1927-05-18 */
#define EXCEL_MAX	99999		/* 2173-10-13 */

struct cur {
	const char	*p;
	const char	*e;
};

struct ymd {
	int	y, m, d;
	int32_t	secs;
};

static int
is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static int
is_blank(int ch)
{
	return ch == ' ' || ch == '\t';
}

static int
lower(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

static int
peek(const struct cur *c)
{
	return c->p < c->e ? (unsigned char)*c->p : -1;
}

static int
accept(struct cur *c, int ch)
{
	if (peek(c) != ch)
		return 0;
	c->p++;
	return 1;
}

static int
literal(struct cur *c, const char *s)
{
	size_t n = strlen(s);

	if ((size_t)(c->e - c->p) < n || memcmp(c->p, s, n) != 0)
		return 0;
	c->p += n;
	return 1;
}

static int
blanks(struct cur *c)
{
	const char *s = c->p;

	while (c->p < c->e && is_blank(*c->p))
		c->p++;
	return c->p - s;
}

/*
 * Reads a run of digits and returns its length. Only the first nine count
 * towards *val, which is enough for every field and cannot overflow.
 */
static int
number(struct cur *c, int *val)
{
	int n = 0;

	*val = 0;
	for (; c->p < c->e && is_digit(*c->p); c->p++, n++)
		if (n < 9)
			*val = *val * 10 + (*c->p - '0');
	return n;
}

/* A day, month or hour: one or two digits. */
static int
small(struct cur *c, int *val)
{
	int n = number(c, val);

	return n >= 1 && n <= 2;
}

static const char *
year_digits(int n)
{
	if (n == 4)
		return NULL;
	return n == 2 ? WHY_YY : WHY_NOTDATE;
}

static const char *
year(struct cur *c, int *y)
{
	return year_digits(number(c, y));
}

static int
days_in_month(int y, int m)
{
	static const unsigned char mdays[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

static const char *
ymd_why(int y, int m, int d)
{
	if (y < 1 || y > 9999)
		return WHY_YEAR;
	if (m < 1 || m > 12)
		return WHY_MONTH;
	if (d < 1 || d > days_in_month(y, m))
		return WHY_DAY;
	return NULL;
}

int
date_valid(int y, int m, int d)
{
	return ymd_why(y, m, d) == NULL;
}

/* Years counted from March put the leap day at the end of the year. */
int32_t
date_from_ymd(int y, int m, int d)
{
	int64_t yy, mm, days;

	yy = (int64_t)y - (m <= 2);
	mm = m <= 2 ? m + 9 : m - 3;
	days = yy * 365 + yy / 4 - yy / 100 + yy / 400 +
	    (153 * mm + 2) / 5 + d - 1;
	return (int32_t)(days + DAY_0000_03_01);
}

void
date_to_ymd(int32_t day, int *y, int *m, int *d)
{
	int64_t z, era, doe, yoe, doy, mp;

	z = (int64_t)day - DAY_0000_03_01;
	era = (z >= 0 ? z : z - (DAYS_400Y - 1)) / DAYS_400Y;
	doe = z - era * DAYS_400Y;
	/* Drop the leap days so that every year of the era is 365 long. */
	yoe = (doe - doe / 1460 + doe / 36524 - doe / (DAYS_400Y - 1)) / 365;
	doy = doe - (yoe * 365 + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(era * 400 + yoe + (*m <= 2));
}

/* Out-of-range values wrap rather than overrun the buffer. */
static void
put_digits(char *buf, unsigned int v, int width)
{
	while (width-- > 0) {
		buf[width] = '0' + v % 10;
		v /= 10;
	}
}

int
date_format(int32_t day, char *buf)
{
	static _Thread_local struct { int32_t day; char s[11]; } memo[1024];
	int y, m, d;

	/* The same few hundred days are written over and over; one memo a
	 * thread, since output may be formatted by two (writer_rows). */
	uint32_t k = (uint32_t)day % 1024;
	if (memo[k].s[0] != '\0' && memo[k].day == day) {
		memcpy(buf, memo[k].s, 11);
		return 10;
	}
	date_to_ymd(day, &y, &m, &d);
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
	buf[10] = '\0';
	memo[k].day = day;
	memcpy(memo[k].s, buf, 11);
	return 10;
}

int
time_format(int32_t secs, char *buf)
{
	put_digits(buf, secs / 3600, 2);
	buf[2] = ':';
	put_digits(buf + 3, secs / 60 % 60, 2);
	buf[5] = ':';
	put_digits(buf + 6, secs % 60, 2);
	buf[8] = '\0';
	return 8;
}

static enum date_status
bad(const char **why, const char *reason)
{
	*why = reason;
	return DATE_BAD;
}

/* ampm is -1 for a 24-hour clock, else 0 for AM and 12 for PM. */
static const char *
hms(int h, int m, int s, int ampm, int32_t *secs)
{
	if (ampm >= 0) {
		if (h < 1 || h > 12)
			return WHY_TIME;
		h = h % 12 + ampm;
	}
	if (h > 23 || m > 59 || s > 59)
		return WHY_TIME;
	*secs = h * 3600 + m * 60 + s;
	return NULL;
}

static int
meridiem(struct cur *c)
{
	int ch = lower(peek(c)), ampm;

	if (ch == 'a')
		ampm = 0;
	else if (ch == 'p')
		ampm = 12;
	else
		return -1;
	if (c->e - c->p < 2 || lower(c->p[1]) != 'm')
		return -1;
	c->p += 2;
	return ampm;
}

/* The offset is dropped: the local time as written is what users expect. */
static int
zone(struct cur *c)
{
	int x;

	if (accept(c, 'Z'))
		return 1;
	if (!accept(c, '+') && !accept(c, '-'))
		return 1;
	switch (number(c, &x)) {
	case 4:
		return 1;
	case 2:
		return !accept(c, ':') || number(c, &x) == 2;
	default:
		return 0;
	}
}

/* H:MM[:SS[.fff]], then AM/PM or a zone, then the end of the value. */
static const char *
clock_time(struct cur *c, int32_t *secs)
{
	int h, m, s = 0, frac, ampm;

	if (!small(c, &h) || !accept(c, ':') || number(c, &m) != 2)
		return WHY_NOTDATE;
	if (accept(c, ':') && (number(c, &s) != 2 ||
	    (accept(c, '.') && number(c, &frac) == 0)))
		return WHY_NOTDATE;
	blanks(c);
	if ((ampm = meridiem(c)) < 0 && !zone(c))
		return WHY_NOTDATE;
	if (c->p != c->e)
		return WHY_NOTDATE;
	return hms(h, m, s, ampm, secs);
}

/* What may follow a date: nothing, or blanks (or ISO's T) and a time. */
static const char *
time_tail(struct cur *c, int iso, int32_t *secs)
{
	*secs = DATE_NO_TIME;
	if (c->p == c->e)
		return NULL;
	if (!(iso && accept(c, 'T')) && blanks(c) == 0)
		return WHY_NOTDATE;
	return clock_time(c, secs);
}

/* English month name or abbreviation, 0 if none. */
static int
month_name(struct cur *c)
{
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november",
		"december"
	};
	const char *s = c->p;
	size_t n, i;

	while (c->p < c->e && lower(*c->p) >= 'a' && lower(*c->p) <= 'z')
		c->p++;
	n = c->p - s;
	for (i = 0; i < 12; i++) {
		if (n != 3 && n != strlen(names[i]) && !(i == 8 && n == 4))
			continue;
		if (strncasecmp(s, names[i], n) == 0)
			return i + 1;
	}
	return 0;
}

/* One of - / . or a run of blanks, as given by sep. */
static int
separator(struct cur *c, int sep)
{
	if (is_blank(sep))
		return blanks(c) > 0;
	return (sep == '-' || sep == '/' || sep == '.') && accept(c, sep);
}

/* YYYY-M-D and its / and . variants; the year is already read. */
static const char *
iso_date(struct cur *c, int y, struct ymd *v)
{
	int sep = *c->p++;

	if (!small(c, &v->m) || !accept(c, sep) || !small(c, &v->d))
		return WHY_NOTDATE;
	v->y = y;
	return time_tail(c, 1, &v->secs);
}

static const char *
compact_date(struct cur *c, int x, struct ymd *v)
{
	v->y = x / 10000;
	v->m = x / 100 % 100;
	v->d = x % 100;
	return time_tail(c, 0, &v->secs);
}

/* 5 Mar 2024, 05-Mar-2024; the day is already read. */
static const char *
day_month_year(struct cur *c, int d, struct ymd *v)
{
	int sep = peek(c);
	const char *why;

	if (!separator(c, sep) || (v->m = month_name(c)) == 0 ||
	    !separator(c, sep))
		return WHY_NOTDATE;
	v->d = d;
	if ((why = year(c, &v->y)) != NULL)
		return why;
	return time_tail(c, 0, &v->secs);
}

/* Mar 5, 2024 and March 5 2024. */
static const char *
month_day_year(struct cur *c, struct ymd *v)
{
	const char *why;
	int comma;

	if ((v->m = month_name(c)) == 0 || blanks(c) == 0 ||
	    !small(c, &v->d))
		return WHY_NOTDATE;
	comma = accept(c, ',');
	if (blanks(c) == 0 && !comma)
		return WHY_NOTDATE;
	if ((why = year(c, &v->y)) != NULL)
		return why;
	return time_tail(c, 0, &v->secs);
}

/* 14:30[:05] or 14时30分[05秒], or nothing. */
static const char *
cjk_time(struct cur *c, int32_t *secs)
{
	const char *start = c->p;
	int h, m, s = 0;

	*secs = DATE_NO_TIME;
	if (c->p == c->e)
		return NULL;
	if (!small(c, &h))
		return WHY_NOTDATE;
	if (peek(c) == ':') {
		c->p = start;
		return clock_time(c, secs);
	}
	if (!literal(c, CJK_HOUR) || !small(c, &m) || !literal(c, CJK_MINUTE))
		return WHY_NOTDATE;
	if (c->p < c->e && (!small(c, &s) || !literal(c, CJK_SECOND) ||
	    c->p != c->e))
		return WHY_NOTDATE;
	return hms(h, m, s, -1, secs);
}

/* 2024年3月5日; the year's digits are already read. */
static const char *
cjk_date(struct cur *c, int n, int y, struct ymd *v)
{
	const char *why;

	if (!literal(c, CJK_YEAR))
		return WHY_NOTDATE;
	if ((why = year_digits(n)) != NULL)
		return why;
	if (!small(c, &v->m) || !literal(c, CJK_MONTH) || !small(c, &v->d) ||
	    (!literal(c, CJK_DAY) && !literal(c, CJK_DAY2)))
		return WHY_NOTDATE;
	v->y = y;
	blanks(c);
	return cjk_time(c, &v->secs);
}

/*
 * What may follow an Excel serial: nothing, or a fraction of a day. Leaves
 * the cursor alone when neither, for 5.3.2024 is no serial.
 */
static int
serial_tail(struct cur *c, int32_t *secs)
{
	const char *start = c->p;
	int64_t f = 0, scale = 1;

	*secs = DATE_NO_TIME;
	if (c->p == c->e)
		return 1;
	if (!accept(c, '.'))
		return 0;
	for (; c->p < c->e && is_digit(*c->p); c->p++) {
		if (scale < 1000000000) {
			f = f * 10 + (*c->p - '0');
			scale *= 10;
		}
	}
	if (c->p != c->e || scale == 1) {
		c->p = start;
		return 0;
	}
	/* Half-second boundaries have 8 decimals at most: 9 round exactly. */
	*secs = (f * 2 * 86400 + scale) / (2 * scale);
	if (*secs > 86399)
		*secs = 86399;
	return 1;
}

/*
 * Excel serials are taken only with five digits (1927 to 2173): a shorter
 * number in a date column is far likelier a mistake than a date before
 * 1927, and Excel's phantom 1900-02-29 stays out of reach.
 */
static enum date_status
excel(int x, int32_t t, int32_t *day, int32_t *secs, const char **why)
{
	if (x < EXCEL_MIN || x > EXCEL_MAX)
		return bad(why, "number outside the Excel serial dates 10000 "
		    "to 99999");
	*day = x - EXCEL_1970;
	*secs = t;
	return DATE_OK;
}

static enum date_status
settle(const char *why, const struct ymd *v, int32_t *day, int32_t *secs,
    const char **whyp)
{
	if (why == NULL)
		why = ymd_why(v->y, v->m, v->d);
	if (why != NULL)
		return bad(whyp, why);
	*day = date_from_ymd(v->y, v->m, v->d);
	*secs = v->secs;
	return DATE_OK;
}

/*
 * Day/month order for A/B/YYYY. A value that can be read one way only sets
 * the order of the column; one that can be read both ways follows it.
 */
static enum date_status
slash_order(enum date_order known, int a, int b, enum date_order *o,
    const char **why)
{
	if (a > 12 && b > 12)
		return bad(why, WHY_MONTH);
	if (a > 12 || b > 12) {
		*o = a > 12 ? DATE_ORDER_DMY : DATE_ORDER_MDY;
		if (known != DATE_ORDER_UNKNOWN && known != *o)
			return bad(why,
			    *o == DATE_ORDER_DMY ? WHY_DMY : WHY_MDY);
		return DATE_OK;
	}
	/* Day and month are both <= 12: either order checks the date. */
	*o = known != DATE_ORDER_UNKNOWN ? known : DATE_ORDER_DMY;
	if (known == DATE_ORDER_UNKNOWN && a != b) {
		*why = WHY_AMBIGUOUS;
		return DATE_AMBIGUOUS;
	}
	return DATE_OK;
}

/* A/B/YYYY with - or . as well; A is already read. */
static enum date_status
slash_date(struct date_parser *p, struct cur *c, int a, int32_t *day,
    int32_t *secs, const char **why)
{
	struct ymd v;
	enum date_order o;
	enum date_status st;
	const char *w;
	int b, sep = *c->p++;

	if (!small(c, &b) || !accept(c, sep))
		return bad(why, WHY_NOTDATE);
	if ((w = year(c, &v.y)) != NULL ||
	    (w = time_tail(c, 0, &v.secs)) != NULL)
		return bad(why, w);
	if ((st = slash_order(p->order, a, b, &o, why)) == DATE_BAD)
		return st;
	v.d = o == DATE_ORDER_DMY ? a : b;
	v.m = o == DATE_ORDER_DMY ? b : a;
	if ((w = ymd_why(v.y, v.m, v.d)) != NULL)
		return bad(why, w);
	if (st == DATE_AMBIGUOUS)
		return st;
	if (a > 12 || b > 12)
		p->order = o;
	return settle(NULL, &v, day, secs, why);
}

/* Tells the form of a value from the digits it starts with. */
static enum date_status
guess(struct date_parser *p, struct cur *c, int32_t *day, int32_t *secs,
    const char **why)
{
	struct ymd v;
	const char *w;
	int32_t t;
	int n, x, sep;

	if (!is_digit(peek(c)))
		return settle(month_day_year(c, &v), &v, day, secs, why);
	n = number(c, &x);
	sep = peek(c);
	if (n <= 7 && serial_tail(c, &t))
		return excel(x, t, day, secs, why);
	if (n == 4 && (sep == '-' || sep == '/' || sep == '.'))
		w = iso_date(c, x, &v);
	else if (n == 8)
		w = compact_date(c, x, &v);
	else if (sep == (unsigned char)CJK_YEAR[0])
		w = cjk_date(c, n, x, &v);
	else if (n <= 2 && (sep == '-' || sep == '/' || sep == '.') &&
	    c->e - c->p >= 2 && is_digit(c->p[1]))
		return slash_date(p, c, x, day, secs, why);
	else if (n <= 2)
		w = day_month_year(c, x, &v);
	else
		w = WHY_NOTDATE;
	return settle(w, &v, day, secs, why);
}

/* Whether a strptime pattern reads a time of day. */
static int
pattern_has_time(const char *pat)
{
	while ((pat = strchr(pat, '%')) != NULL) {
		pat++;
		pat += strspn(pat, "EO");
		if (*pat == '\0')
			return 0;
		if (strchr("HIMRSTr", *pat) != NULL)
			return 1;
		pat++;
	}
	return 0;
}

/*
 * --date-format %s: seconds since 1970-01-01 00:00 UTC.  strptime reads
 * them in the local time zone, so the day would depend on TZ.
 */
static enum date_status
epoch(const char *s, size_t len, int32_t *day, int32_t *secs,
    const char **why)
{
	int64_t v = 0;
	size_t i = s[0] == '-';

	if (len == i || len - i > 12)
		return bad(why, len - i > 12 ? WHY_YEAR : WHY_PATTERN);
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return bad(why, WHY_PATTERN);
		v = v * 10 + (s[i] - '0');
	}
	if (s[0] == '-')
		v = -v;
	int64_t d = v >= 0 ? v / 86400 : -((-v + 86399) / 86400);
	int y, m, dd;
	date_to_ymd((int32_t)d, &y, &m, &dd);
	if (ymd_why(y, m, dd) != NULL)
		return bad(why, WHY_YEAR);
	*day = (int32_t)d;
	*secs = (int32_t)(v - d * 86400);
	return DATE_OK;
}

static enum date_status
patterned(const char *pat, const char *s, size_t len, int32_t *day,
    int32_t *secs, const char **why)
{
	char buf[PATTERN_MAX + 1];
	struct tm tm;
	const char *end, *w;
	int32_t t = DATE_NO_TIME;

	if (len > PATTERN_MAX)
		return bad(why, WHY_LONG);
	if (memchr(s, '\0', len) != NULL)
		return bad(why, WHY_NOTDATE);
	if (strcmp(pat, "%s") == 0)
		return epoch(s, len, day, secs, why);
	memcpy(buf, s, len);
	buf[len] = '\0';
	/* Month and day default to January 1st; a missing year is an error. */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = NO_YEAR;
	tm.tm_mday = 1;
	if ((end = strptime(buf, pat, &tm)) == NULL || *end != '\0')
		return bad(why, WHY_PATTERN);
	if (tm.tm_year == NO_YEAR)
		return bad(why, WHY_NOYEAR);
	if ((w = ymd_why(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)) != NULL)
		return bad(why, w);
	if (pattern_has_time(pat) &&
	    (w = hms(tm.tm_hour, tm.tm_min, tm.tm_sec, -1, &t)) != NULL)
		return bad(why, w);
	*day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	*secs = t;
	return DATE_OK;
}

static size_t
memo_slot(const char *s, size_t len)
{
	uint64_t a = 0, b = 0;

	if (len >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + len - 8, 8);
	} else
		memcpy(&a, s, len);
	uint64_t h = (a * UINT64_C(0x9e3779b97f4a7c15) ^ b ^ len) *
	    UINT64_C(0xff51afd7ed558ccd);
	return (size_t)(h >> 54) % DATE_MEMO;
}

static enum date_status parse_blanked(struct date_parser *p, struct cur *cp,
    int32_t *day, int32_t *secs, const char **why);

/* The day of YYYY-MM-DD in s[0..9], the canonical form most input is
 * in: 1, or 0 when those ten bytes are not one. */
int
date_iso(const char *s, int32_t *day)
{
	/* As words: a byte is a digit when its high half is 3 both before
	 * and after adding 6 (which carries into the next byte only from a
	 * byte that is no digit). */
	const uint64_t digits = UINT64_C(0x00F0F000F0F0F0F0);
	const uint64_t dashes = UINT64_C(0x2D00002D00000000);
	const uint64_t six = UINT64_C(0x0606060606060606);
	const uint64_t threes = UINT64_C(0x3030303030303030);
	uint64_t a;
	uint16_t b;

	memcpy(&a, s, 8);
	memcpy(&b, s + 8, 2);
	if ((a & digits) != (threes & digits) ||
	    ((a + six) & digits) != (threes & digits) ||
	    (a & UINT64_C(0xFF0000FF00000000)) != dashes ||
	    (b & 0xF0F0) != 0x3030 || ((b + 0x0606) & 0xF0F0) != 0x3030)
		return 0;
	a -= threes & digits;	/* not from the dashes, which would borrow */
	b -= 0x3030;
	int d = (b & 0xFF) * 10 + (b >> 8);
	/* The months met last on this thread, by their text: an export's
	 * dates fall in few months, and a month's start and length cost
	 * more to work out than to look up. */
	static _Thread_local struct month {
		uint64_t text;	/* YYYY-MM as read, less '0's; 0: none */
		int32_t start;	/* its first day */
		int32_t len;	/* its days */
	} memo[64];
	uint64_t text = a & UINT64_C(0x00FFFFFFFFFFFFFF);
	struct month *mo = &memo[(text * UINT64_C(0x9E3779B97F4A7C15)) >> 58];
	if (mo->text != text) {
		int y = (int)((a & 0xFF) * 1000 + (a >> 8 & 0xFF) * 100 +
		    (a >> 16 & 0xFF) * 10 + (a >> 24 & 0xFF));
		int m = (int)((a >> 40 & 0xFF) * 10 + (a >> 48 & 0xFF));
		if (y == 9999 || !date_valid(y, m, 1))
			return 0;
		*mo = (struct month){ text, date_from_ymd(y, m, 1),
		    days_in_month(y, m) };
	}
	if (d < 1 || d > mo->len)
		return 0;
	*day = mo->start + d - 1;
	return 1;
}

int
date_field(struct date_parser *p, const char *s, size_t len, int32_t *day)
{
	int32_t secs;
	const char *why;

	if (len == 0) {
		*day = DAY_NONE;
		return 0;
	}
	return date_parse(p, s, len, day, &secs, &why) == DATE_OK ? 0 : -1;
}

enum date_status
date_parse(struct date_parser *p, const char *s, size_t len, int32_t *day,
    int32_t *secs, const char **why)
{
	struct cur c = { s, s + len };
	struct date_memo *m = NULL;
	enum date_status st;

	if (len > 0 && len < sizeof(m->text)) {
		m = &p->memo[memo_slot(s, len)];
		/* Only good dates are kept, and a column's order never changes
		 * once known, so a remembered answer stays right. */
		if (m->len == len && bytes_eq(m->text, s, len)) {
			*day = m->day;
			*secs = m->secs;
			return DATE_OK;
		}
	}
	if (p->pattern == NULL && len == 10 && date_iso(s, day))
		*secs = DATE_NO_TIME;
	else if ((st = parse_blanked(p, &c, day, secs, why)) != DATE_OK)
		return st;
	/* Systems write 9999-12-31 for "no date": as an order it would put
	 * everyone else's last purchase 8000 years back. */
	if (*day >= YEAR_9999)
		return bad(why, WHY_9999);
	if (m != NULL) {
		m->len = (uint8_t)len;
		memcpy(m->text, s, len);
		m->day = *day;
		m->secs = *secs;
	}
	return DATE_OK;
}

static enum date_status
parse_blanked(struct date_parser *p, struct cur *cp, int32_t *day,
    int32_t *secs, const char **why)
{
	struct cur c = *cp;

	blanks(&c);
	while (c.e > c.p && is_blank(c.e[-1]))
		c.e--;
	if (c.p == c.e)
		return bad(why, WHY_EMPTY);
	if (p->pattern != NULL)
		return patterned(p->pattern, c.p, c.e - c.p, day, secs, why);
	return guess(p, &c, day, secs, why);
}
