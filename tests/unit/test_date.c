#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

#define UNTOUCHED	12345	/* day a parse must not overwrite */

/* The parsers a test made, freed after it. */
static struct date_parser *made[8];
static size_t nmade;

static struct date_parser *
parser(const char *pattern)
{
	struct date_parser *p = date_parser_new(pattern);

	ck_assert_ptr_nonnull(p);
	ck_assert_uint_lt(nmade, sizeof(made) / sizeof(made[0]));
	return made[nmade++] = p;
}

static void
free_parsers(void)
{
	while (nmade > 0)
		date_parser_free(made[--nmade]);
}

/* Parses from an exact-size heap copy, so that ASan sees reads past len. */
static enum date_status
parse_n(struct date_parser *p, const char *s, size_t len, int32_t *day,
    int32_t *secs, const char **why)
{
	enum date_status st;
	char *buf;

	buf = malloc(len > 0 ? len : 1);
	ck_assert_ptr_nonnull(buf);
	memcpy(buf, s, len);
	*day = UNTOUCHED;
	*secs = UNTOUCHED;
	*why = NULL;
	st = date_parse(p, buf, len, day, secs, why);
	free(buf);
	return st;
}

/* time is "HH:MM:SS", or NULL when the value must have no time. */
static void
ok_n(struct date_parser *p, const char *s, size_t len, const char *date,
    const char *time)
{
	enum date_status st;
	const char *why;
	int32_t day, secs;
	char buf[16];

	st = parse_n(p, s, len, &day, &secs, &why);
	ck_assert_msg(st == DATE_OK, "\"%s\": status %d (%s)", s, st,
	    why != NULL ? why : "");
	date_format(day, buf);
	ck_assert_msg(strcmp(buf, date) == 0, "\"%s\": got %s, want %s", s,
	    buf, date);
	if (time == NULL) {
		ck_assert_msg(secs == DATE_NO_TIME, "\"%s\": time %d", s,
		    (int)secs);
		return;
	}
	ck_assert_msg(secs >= 0 && secs < 86400, "\"%s\": secs %d", s,
	    (int)secs);
	time_format(secs, buf);
	ck_assert_msg(strcmp(buf, time) == 0, "\"%s\": got %s, want %s", s,
	    buf, time);
}

static void
ok_in(struct date_parser *p, const char *s, const char *date,
    const char *time)
{
	ok_n(p, s, strlen(s), date, time);
}

static void
ok(const char *s, const char *date, const char *time)
{
	struct date_parser *p = date_parser_new(NULL);

	ck_assert_ptr_nonnull(p);
	ok_in(p, s, date, time);
	date_parser_free(p);
}

/* why NULL accepts any reason. */
static void
bad_n(struct date_parser *p, const char *s, size_t len, const char *why_want)
{
	enum date_status st;
	const char *why;
	int32_t day, secs;

	st = parse_n(p, s, len, &day, &secs, &why);
	ck_assert_msg(st == DATE_BAD, "\"%s\": status %d, want DATE_BAD", s,
	    st);
	ck_assert_msg(why != NULL, "\"%s\": no reason", s);
	if (why_want != NULL)
		ck_assert_msg(strcmp(why, why_want) == 0,
		    "\"%s\": reason \"%s\", want \"%s\"", s, why, why_want);
}

static void
bad_in(struct date_parser *p, const char *s, const char *why_want)
{
	bad_n(p, s, strlen(s), why_want);
}

static void
bad(const char *s, const char *why_want)
{
	struct date_parser *p = date_parser_new(NULL);

	ck_assert_ptr_nonnull(p);
	bad_in(p, s, why_want);
	date_parser_free(p);
}

static void
ambiguous_in(struct date_parser *p, const char *s)
{
	enum date_status st;
	const char *why;
	int32_t day, secs;

	st = parse_n(p, s, strlen(s), &day, &secs, &why);
	ck_assert_msg(st == DATE_AMBIGUOUS, "\"%s\": status %d", s, st);
	ck_assert_int_eq(day, UNTOUCHED);
}

START_TEST(test_iso_words)
{
	/* Every byte of each position tried: only digits and the two dashes
	 * pass, and the day agrees with the arithmetic. */
	char buf[16] = "2024-12-26";
	int32_t day;

	ck_assert(date_iso(buf, &day));
	ck_assert_int_eq(day, date_from_ymd(2024, 12, 26));
	for (int i = 0; i < 10; i++)
		for (int c = 0; c < 256; c++) {
			memcpy(buf, "2024-12-26", 10);
			buf[i] = (char)c;
			int dash = i == 4 || i == 7;
			int ok = dash ? c == '-' : c >= '0' && c <= '9';
			int y = (buf[0] - '0') * 1000 + (buf[1] - '0') * 100 +
			    (buf[2] - '0') * 10 + (buf[3] - '0');
			int m = (buf[5] - '0') * 10 + (buf[6] - '0');
			int d = (buf[8] - '0') * 10 + (buf[9] - '0');
			ok = ok && date_valid(y, m, d);
			ck_assert_int_eq(date_iso(buf, &day), ok);
			if (ok)
				ck_assert_int_eq(day, date_from_ymd(y, m, d));
		}
	ck_assert(date_iso("0001-01-01", &day));
	ck_assert(date_iso("9998-12-31", &day));
	/* a placeholder: left to date_parse, which says so */
	ck_assert(!date_iso("9999-12-31", &day));
	bad("9999-12-31", "year 9999, a placeholder for no date");
	bad("31/12/9999", "year 9999, a placeholder for no date");
	ck_assert(!date_iso("0000-12-31", &day));
	ck_assert(!date_iso("2023-02-29", &day));
	ck_assert(date_iso("2024-02-29", &day));
	ck_assert(!date_iso("1900-02-29", &day));
	ck_assert(date_iso("2000-02-29", &day));
	ck_assert(!date_iso("2024-00-10", &day));
	ck_assert(!date_iso("2024-04-31", &day));
}
END_TEST

/* Every day of 1890 to 2110, forward then back, and a day past its
 * month's end after each month: the months date_iso remembers never
 * stand in for one another. */
START_TEST(test_iso_memo)
{
	int32_t from = date_from_ymd(1890, 1, 1), to = date_from_ymd(2111, 1, 1);
	char buf[16];
	int32_t day;

	for (int pass = 0; pass < 2; pass++)
		for (int32_t i = 0; i < to - from; i++) {
			int32_t want = pass ? to - 1 - i : from + i;
			date_format(want, buf);
			if (!date_iso(buf, &day) || day != want)
				ck_abort_msg("%s read as %d", buf, (int)day);
			if (buf[8] == '2' && buf[9] == '8') {
				memcpy(buf + 8, "32", 2);
				if (date_iso(buf, &day))
					ck_abort_msg("%s taken", buf);
			}
		}
	ck_assert(date_iso("2023-02-28", &day));
	ck_assert(!date_iso("2023-02-29", &day));
	ck_assert(date_iso("2024-02-29", &day));
	ck_assert(!date_iso("2024-02-30", &day));
}
END_TEST

START_TEST(test_anchors)
{
	int y, m, d;

	ck_assert_int_eq(date_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(date_from_ymd(1969, 12, 31), -1);
	ck_assert_int_eq(date_from_ymd(2000, 3, 1), 11017);
	ck_assert_int_eq(date_from_ymd(1900, 3, 1), -25508);
	ck_assert_int_eq(date_from_ymd(2024, 2, 29), 19782);
	ck_assert_int_eq(date_from_ymd(1, 1, 1), -719162);
	ck_assert_int_eq(date_from_ymd(9999, 12, 31), 2932896);
	date_to_ymd(19782, &y, &m, &d);
	ck_assert_int_eq(y, 2024);
	ck_assert_int_eq(m, 2);
	ck_assert_int_eq(d, 29);
	date_to_ymd(-25508, &y, &m, &d);
	ck_assert_int_eq(y, 1900);
	ck_assert_int_eq(m, 3);
	ck_assert_int_eq(d, 1);
}
END_TEST

/* One assertion at the end: Check's per-assertion cost adds up here. */
START_TEST(test_round_trip)
{
	int32_t want = date_from_ymd(1, 1, 1), got;
	int y, m, d, ry, rm, rd;
	long wrong = 0;
	char first[64] = "";

	for (y = 1; y <= 9999; y++) {
		for (m = 1; m <= 12; m++) {
			for (d = 1; date_valid(y, m, d); d++, want++) {
				got = date_from_ymd(y, m, d);
				date_to_ymd(want, &ry, &rm, &rd);
				if (got == want && ry == y && rm == m &&
				    rd == d)
					continue;
				if (wrong++ == 0)
					snprintf(first, sizeof(first),
					    "%d-%d-%d: %d", y, m, d, (int)got);
			}
		}
	}
	ck_assert_msg(wrong == 0, "%ld wrong, first %s", wrong, first);
	ck_assert_int_eq(want, date_from_ymd(9999, 12, 31) + 1);
}
END_TEST

START_TEST(test_valid)
{
	ck_assert(date_valid(2024, 2, 29));
	ck_assert(date_valid(2000, 2, 29));
	ck_assert(!date_valid(1900, 2, 29));
	ck_assert(!date_valid(2023, 2, 29));
	ck_assert(date_valid(2023, 2, 28));
	ck_assert(!date_valid(2024, 4, 31));
	ck_assert(date_valid(2024, 12, 31));
	ck_assert(!date_valid(2024, 13, 1));
	ck_assert(!date_valid(2024, 0, 1));
	ck_assert(!date_valid(2024, 1, 0));
	ck_assert(!date_valid(0, 1, 1));
	ck_assert(!date_valid(10000, 1, 1));
	ck_assert(date_valid(1, 1, 1));
	ck_assert(date_valid(9999, 12, 31));
}
END_TEST

/* A table's date field: empty is no date, not a bad one. */
START_TEST(test_field)
{
	struct date_parser *p = date_parser_new(NULL);
	int32_t day = 0;

	ck_assert_int_eq(date_field(p, "", 0, &day), 0);
	ck_assert_int_eq(day, DAY_NONE);
	ck_assert_int_eq(date_field(p, "2024-02-29", 10, &day), 0);
	ck_assert_int_eq(day, date_from_ymd(2024, 2, 29));
	ck_assert_int_eq(date_field(p, "2023-02-29", 10, &day), -1);
	ck_assert_int_eq(date_field(p, " ", 1, &day), -1);
	date_parser_free(p);
}
END_TEST

START_TEST(test_format)
{
	char buf[16];

	ck_assert_int_eq(date_format(0, buf), 10);
	ck_assert_str_eq(buf, "1970-01-01");
	date_format(date_from_ymd(1, 2, 3), buf);
	ck_assert_str_eq(buf, "0001-02-03");
	date_format(date_from_ymd(9999, 12, 31), buf);
	ck_assert_str_eq(buf, "9999-12-31");
	date_format(-1, buf);
	ck_assert_str_eq(buf, "1969-12-31");
	ck_assert_int_eq(time_format(0, buf), 8);
	ck_assert_str_eq(buf, "00:00:00");
	time_format(86399, buf);
	ck_assert_str_eq(buf, "23:59:59");
	time_format(52205, buf);
	ck_assert_str_eq(buf, "14:30:05");
}
END_TEST

START_TEST(test_iso)
{
	ok("2024-03-05", "2024-03-05", NULL);
	ok("2024-3-5", "2024-03-05", NULL);
	ok("2024/03/05", "2024-03-05", NULL);
	ok("2024.3.05", "2024-03-05", NULL);
	ok("0001-01-01", "0001-01-01", NULL);
	ok("2024-02-29", "2024-02-29", NULL);
	bad("2024-03/05", "not a date");
	bad("2024-003-05", "not a date");
	bad("2024-03-05x", "not a date");
	bad("2024-03-05T", "not a date");
	bad("24-03-05", "two-digit year: give --date-format");
}
END_TEST

START_TEST(test_iso_time)
{
	ok("2024-03-05T14:30", "2024-03-05", "14:30:00");
	ok("2024-03-05 14:30:05", "2024-03-05", "14:30:05");
	ok("2024-03-05   14:30:05", "2024-03-05", "14:30:05");
	ok("2024-03-05\t14:30", "2024-03-05", "14:30:00");
	ok("2024-03-05T14:30:05.123", "2024-03-05", "14:30:05");
	ok("2024-03-05T14:30:05.999999Z", "2024-03-05", "14:30:05");
	ok("2024-03-05T23:30:00+01:00", "2024-03-05", "23:30:00");
	ok("2024-03-05T00:30:00-0530", "2024-03-05", "00:30:00");
	ok("2024-03-05T00:30Z", "2024-03-05", "00:30:00");
	ok("2024/03/05 9:05", "2024-03-05", "09:05:00");
	ok("2024.03.05 08:00:00", "2024-03-05", "08:00:00");
	bad("2024-03-05T14", "not a date");
	bad("2024-03-05 14:3", "not a date");
	bad("2024-03-05 14:30:5", "not a date");
	bad("2024-03-05 14:30:05.", "not a date");
	bad("2024-03-05 14:30+1:00", "not a date");
	bad("2024-03-05 14:30 x", "not a date");
	bad("2024-03-0514:30", "not a date");
}
END_TEST

START_TEST(test_slash_learns_dmy)
{
	struct date_parser *p = parser(NULL);

	ambiguous_in(p, "3/4/2024");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_UNKNOWN);
	ok_in(p, "13/1/2024", "2024-01-13", NULL);
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_DMY);
	ok_in(p, "3/4/2024", "2024-04-03", NULL);
	ok_in(p, "03-04-2024", "2024-04-03", NULL);
	ok_in(p, "3.4.2024", "2024-04-03", NULL);
	ok_in(p, "31/12/2024", "2024-12-31", NULL);
	bad_in(p, "1/13/2024", "month-first date in a day-first column");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_DMY);
}
END_TEST

/* Each parser learns its own column's order. */
START_TEST(test_parser_own_order)
{
	struct date_parser *p = parser(NULL), *q = parser(NULL);

	ok_in(p, "13/1/2024", "2024-01-13", NULL);
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_DMY);
	ck_assert_int_eq(date_parser_order(q), DATE_ORDER_UNKNOWN);
	ambiguous_in(q, "3/4/2024");
	ok_in(q, "1/13/2024", "2024-01-13", NULL);
	ck_assert_int_eq(date_parser_order(q), DATE_ORDER_MDY);
	ok_in(p, "3/4/2024", "2024-04-03", NULL);
	ok_in(q, "3/4/2024", "2024-03-04", NULL);
}
END_TEST

START_TEST(test_slash_learns_mdy)
{
	struct date_parser *p = parser(NULL);

	ambiguous_in(p, "03/04/2024");
	ok_in(p, "12/25/2024", "2024-12-25", NULL);
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_MDY);
	ok_in(p, "3/4/2024", "2024-03-04", NULL);
	bad_in(p, "25/12/2024", "day-first date in a month-first column");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_MDY);
}
END_TEST

START_TEST(test_slash_same_either_way)
{
	struct date_parser *p = parser(NULL);

	ok_in(p, "5/5/2024", "2024-05-05", NULL);
	ok_in(p, "12-12-2024 10:00", "2024-12-12", "10:00:00");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_UNKNOWN);
}
END_TEST

START_TEST(test_slash_bad)
{
	struct date_parser *p = parser(NULL);

	bad("13/13/2024", "month out of range");
	bad("3/4/24", "two-digit year: give --date-format");
	bad("13/4/24", "two-digit year: give --date-format");
	bad("3/4-2024", "not a date");
	bad("3/4/202", "not a date");
	bad("123/4/2024", "not a date");
	bad("31/2/2024", "no such day");
	bad("2/30/2024", "no such day");
	/* Bad either way round: no need to wait for the order. */
	bad("0/5/2024", NULL);
	bad("3/4/0000", "year out of range");
	bad("3/4/2024 25:00", "time out of range");
	/* A value that is wrong does not teach the column its order. */
	bad_in(p, "31/2/2024", "no such day");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_UNKNOWN);
}
END_TEST

START_TEST(test_slash_time)
{
	/* Day 15 teaches p month first on the first date. */
	struct date_parser *p = parser(NULL);

	ok_in(p, "3/15/2024 14:30", "2024-03-15", "14:30:00");
	ok_in(p, "3/15/2024 2:30:15", "2024-03-15", "02:30:15");
	ok_in(p, "3/15/2024 2:30 PM", "2024-03-15", "14:30:00");
	ok_in(p, "3/15/2024 2:30 pm", "2024-03-15", "14:30:00");
	ok_in(p, "3/15/2024 2:30:15 AM", "2024-03-15", "02:30:15");
	ok_in(p, "3/15/2024 2:30PM", "2024-03-15", "14:30:00");
	ok_in(p, "3/15/2024 12:00 AM", "2024-03-15", "00:00:00");
	ok_in(p, "3/15/2024 12:59 am", "2024-03-15", "00:59:00");
	ok_in(p, "3/15/2024 12:00 PM", "2024-03-15", "12:00:00");
	ok_in(p, "3/15/2024 11:59:59 PM", "2024-03-15", "23:59:59");
	bad_in(p, "3/15/2024 13:00 PM", "time out of range");
	bad_in(p, "3/15/2024 0:30 AM", "time out of range");
	bad_in(p, "3/15/2024 2:30 XM", "not a date");
	bad_in(p, "3/15/2024 2:30 P", "not a date");
}
END_TEST

START_TEST(test_compact)
{
	ok("20240305", "2024-03-05", NULL);
	ok("20240305 14:30", "2024-03-05", "14:30:00");
	ok("20240305 2:30:01 PM", "2024-03-05", "14:30:01");
	ok("00010101", "0001-01-01", NULL);
	bad("20240230", "no such day");
	bad("20241301", "month out of range");
	bad("00000000", "year out of range");
	bad("20240305T14:30", "not a date");
	bad("20240305.5", "not a date");
	bad("202403051", "not a date");
}
END_TEST

START_TEST(test_chinese)
{
	ok("2024年3月5日", "2024-03-05", NULL);
	ok("2024年03月05日", "2024-03-05", NULL);
	ok("2024年3月5号", "2024-03-05", NULL);
	ok("2024年3月5日 14:30", "2024-03-05", "14:30:00");
	ok("2024年3月5日14:30:05", "2024-03-05", "14:30:05");
	ok("2024年3月5日 14时30分", "2024-03-05", "14:30:00");
	ok("2024年3月5日 14时30分05秒", "2024-03-05", "14:30:05");
	ok("2024年3月5日 9时5分", "2024-03-05", "09:05:00");
	bad("24年3月5日", "two-digit year: give --date-format");
	bad("2024年2月30日", "no such day");
	bad("2024年3月", "not a date");
	bad("2024年3月5", "not a date");
	bad("2024年3月5日 14时", "not a date");
	bad("2024年3月5日 14时30分05", "not a date");
	bad("2024年3月5日 14时30分05秒x", "not a date");
	bad("2024年3月5日 24时00分", "time out of range");
	bad("2024年3月5日 14:60", "time out of range");
}
END_TEST

START_TEST(test_month_names)
{
	ok("5 Mar 2024", "2024-03-05", NULL);
	ok("05-Mar-2024", "2024-03-05", NULL);
	ok("5-Mar-2024", "2024-03-05", NULL);
	ok("Mar 5, 2024", "2024-03-05", NULL);
	ok("March 5, 2024", "2024-03-05", NULL);
	ok("5 March 2024", "2024-03-05", NULL);
	ok("Sept 5, 2024", "2024-09-05", NULL);
	ok("5 sep 2024", "2024-09-05", NULL);
	ok("5 SEPTEMBER 2024", "2024-09-05", NULL);
	ok("may 1, 2024", "2024-05-01", NULL);
	ok("1 June 2024", "2024-06-01", NULL);
	ok("Dec 31 2024", "2024-12-31", NULL);
	ok("29 Feb 2024", "2024-02-29", NULL);
	ok("5 Mar 2024 14:30", "2024-03-05", "14:30:00");
	ok("05-Mar-2024 14:30:05", "2024-03-05", "14:30:05");
	ok("Mar 5, 2024 2:30 PM", "2024-03-05", "14:30:00");
	bad("5 Mar 24", "two-digit year: give --date-format");
	bad("Mar 5, 24", "two-digit year: give --date-format");
	bad("05-Mar-24", "two-digit year: give --date-format");
	bad("5 Marc 2024", "not a date");
	bad("5 Ma 2024", "not a date");
	bad("5 Sepx 2024", "not a date");
	bad("5 Mar-2024", "not a date");
	bad("Foo 5, 2024", "not a date");
	bad("Mar 5", "not a date");
	bad("Mar5, 2024", "not a date");
	bad("31 Feb 2024", "no such day");
	bad("29 Feb 2023", "no such day");
}
END_TEST

START_TEST(test_excel)
{
	ok("40513", "2010-12-01", NULL);
	ok("25569", "1970-01-01", NULL);
	ok("45000", "2023-03-15", NULL);
	ok("10000", "1927-05-18", NULL);
	ok("99999", "2173-10-13", NULL);
	ok("0040513", "2010-12-01", NULL);
	bad("1", "number outside the Excel serial dates 10000 to 99999");
	bad("60", "number outside the Excel serial dates 10000 to 99999");
	bad("2024", "number outside the Excel serial dates 10000 to 99999");
	bad("0", "number outside the Excel serial dates 10000 to 99999");
	bad("202403", "number outside the Excel serial dates 10000 to 99999");
	bad("9999999", "number outside the Excel serial dates 10000 to 99999");
	bad("12345678901", "not a date");
	bad("-5", "not a date");
	bad("40513.", "not a date");
	bad("40513.5x", "not a date");
}
END_TEST

START_TEST(test_excel_fraction)
{
	ok("45000.5", "2023-03-15", "12:00:00");
	ok("45000.25", "2023-03-15", "06:00:00");
	ok("40513.35", "2010-12-01", "08:24:00");
	ok("45000.0", "2023-03-15", "00:00:00");
	/* Half a second is 0.0000057870370... of a day. */
	ok("45000.000005787", "2023-03-15", "00:00:00");
	ok("45000.000005788", "2023-03-15", "00:00:01");
	/* 0.00015625 of a day is 13.5 s exactly: halves round up. */
	ok("45000.00015625", "2023-03-15", "00:00:14");
	ok("45000.000156249", "2023-03-15", "00:00:13");
	/* Digits past the ninth still tip the rounding the right way. */
	ok("45000.0001562499999", "2023-03-15", "00:00:13");
	ok("45000.0001562500001", "2023-03-15", "00:00:14");
	ok("45000.999", "2023-03-15", "23:58:34");
	ok("45000.99999999999", "2023-03-15", "23:59:59");
	bad("1.5", "number outside the Excel serial dates 10000 to 99999");
	ok("25569.75", "1970-01-01", "18:00:00");
	bad("60.5", "number outside the Excel serial dates 10000 to 99999");
}
END_TEST

START_TEST(test_bad_dates)
{
	bad("", "empty date");
	bad(" \t ", "empty date");
	bad("hello", "not a date");
	bad("2023-02-29", "no such day");
	bad("0000-00-00", "year out of range");
	bad("2024-13-01", "month out of range");
	bad("2024-00-01", "month out of range");
	bad("2024-04-31", "no such day");
	bad("2024-04-00", "no such day");
	bad("1900-02-29", "no such day");
	bad("12:30", "not a date");
	bad("2024-03-05 2024-03-06", "not a date");
	ok("2000-02-29", "2000-02-29", NULL);
}
END_TEST

START_TEST(test_bad_times)
{
	bad("2024-03-05 24:00", "time out of range");
	bad("2024-03-05 24:00:00", "time out of range");
	bad("2024-03-05 23:60", "time out of range");
	bad("2024-03-05 23:59:60", "time out of range");
	bad("2024-03-05 99:00", "time out of range");
	bad("2024-03-05 123:00", "not a date");
	ok("2024-03-05 23:59:59", "2024-03-05", "23:59:59");
	ok("2024-03-05 00:00", "2024-03-05", "00:00:00");
}
END_TEST

START_TEST(test_blanks)
{
	ok("  2024-03-05", "2024-03-05", NULL);
	ok("2024-03-05 \t ", "2024-03-05", NULL);
	ok("\t40513\t", "2010-12-01", NULL);
	ok(" 2024-03-05 14:30 ", "2024-03-05", "14:30:00");
	bad(" \n2024-03-05", "not a date");
}
END_TEST

START_TEST(test_pattern)
{
	struct date_parser *p = parser("%d.%m.%Y");

	ok_in(p, "05.03.2024", "2024-03-05", NULL);
	ok_in(p, " 5.3.2024 ", "2024-03-05", NULL);
	ok_in(p, "29.02.2024", "2024-02-29", NULL);
	bad_in(p, "31.02.2024", "no such day");
	bad_in(p, "05.03.2024x", "does not match --date-format");
	bad_in(p, "2024-03-05", "does not match --date-format");
	bad_in(p, "05.13.2024", "does not match --date-format");
	bad_in(p, "", "empty date");
	ck_assert_int_eq(date_parser_order(p), DATE_ORDER_UNKNOWN);
}
END_TEST

START_TEST(test_pattern_time)
{
	struct date_parser *p = parser("%Y%m%d %H%M");
	struct date_parser *q = parser("%Y-%m-%d %I:%M %p");
	struct date_parser *r = parser("%d/%m/%Y %T");

	ok_in(p, "20240305 1430", "2024-03-05", "14:30:00");
	ok_in(p, "20240305 0000", "2024-03-05", "00:00:00");
	bad_in(p, "20240305 2460", "does not match --date-format");
	bad_in(p, "20240305", "does not match --date-format");
	ok_in(q, "2024-03-05 02:30 PM", "2024-03-05", "14:30:00");
	ok_in(q, "2024-03-05 12:15 AM", "2024-03-05", "00:15:00");
	ok_in(r, "05/03/2024 14:30:05", "2024-03-05", "14:30:05");
}
END_TEST

START_TEST(test_pattern_two_digit_year)
{
	struct date_parser *p = parser("%m/%d/%y");

	ok_in(p, "03/05/24", "2024-03-05", NULL);
	ok_in(p, "12/31/99", "1999-12-31", NULL);
	ok_in(p, "1/2/00", "2000-01-02", NULL);
	bad_in(p, "02/30/24", "no such day");
	bad_in(p, "3/5/2024", "does not match --date-format");
}
END_TEST

START_TEST(test_pattern_limits)
{
	struct date_parser *p = parser("%H:%M");
	struct date_parser *q = parser("%Y-%m");
	char longer[300];

	bad_in(p, "14:30", "no year in --date-format");
	ok_in(q, "2024-03", "2024-03-01", NULL);
	memset(longer, ' ', sizeof(longer) - 1);
	memcpy(longer + 200, "2024-03", 7);
	longer[sizeof(longer) - 1] = '\0';
	ok_in(q, longer, "2024-03-01", NULL);
	memset(longer, '1', sizeof(longer) - 1);
	bad_in(q, longer, "date too long");
}
END_TEST

START_TEST(test_prefix)
{
	struct date_parser *p = parser(NULL);
	struct date_parser *q = parser("%d.%m.%Y");
	struct date_parser *r = parser(NULL);
	const char *why;
	int32_t day, secs;

	ok_n(p, "2024-03-05T10:00", 10, "2024-03-05", NULL);
	ok_n(p, "2024-03-05 10:00:00", 16, "2024-03-05", "10:00:00");
	ok_n(p, "13/1/2024,13/1/2025", 9, "2024-01-13", NULL);
	ok_n(p, "40513.5", 5, "2010-12-01", NULL);
	ok_n(p, "202403051430", 8, "2024-03-05", NULL);
	ok_n(p, "2024年3月5日 14时30分", 15, "2024-03-05", NULL);
	ok_n(p, "5 Mar 2024 14:30", 10, "2024-03-05", NULL);
	ok_n(r, "3/15/2024 2:30 PM", 14, "2024-03-15", "02:30:00");
	ok_n(q, "05.03.2024.06", 10, "2024-03-05", NULL);
	/* A NUL inside the value is a byte like any other. */
	bad_n(p, "2024-03-05\0", 11, "not a date");
	bad_n(q, "05.03.2024\0", 11, "not a date");
	ck_assert_int_eq(parse_n(p, "2024", 0, &day, &secs, &why), DATE_BAD);
	ck_assert_str_eq(why, "empty date");
	ck_assert_int_eq(parse_n(p, "2024年", 5, &day, &secs, &why),
	    DATE_BAD);
}
END_TEST

Suite *
date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("date");

	tcase_add_checked_fixture(tc, NULL, free_parsers);
	tcase_add_test(tc, test_iso_words);
	tcase_add_test(tc, test_iso_memo);
	tcase_add_test(tc, test_anchors);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_field);
	tcase_add_test(tc, test_format);
	tcase_add_test(tc, test_iso);
	tcase_add_test(tc, test_iso_time);
	tcase_add_test(tc, test_slash_learns_dmy);
	tcase_add_test(tc, test_parser_own_order);
	tcase_add_test(tc, test_slash_learns_mdy);
	tcase_add_test(tc, test_slash_same_either_way);
	tcase_add_test(tc, test_slash_bad);
	tcase_add_test(tc, test_slash_time);
	tcase_add_test(tc, test_compact);
	tcase_add_test(tc, test_chinese);
	tcase_add_test(tc, test_month_names);
	tcase_add_test(tc, test_excel);
	tcase_add_test(tc, test_excel_fraction);
	tcase_add_test(tc, test_bad_dates);
	tcase_add_test(tc, test_bad_times);
	tcase_add_test(tc, test_blanks);
	tcase_add_test(tc, test_pattern);
	tcase_add_test(tc, test_pattern_time);
	tcase_add_test(tc, test_pattern_two_digit_year);
	tcase_add_test(tc, test_pattern_limits);
	tcase_add_test(tc, test_prefix);
	suite_add_tcase(s, tc);
	return s;
}
