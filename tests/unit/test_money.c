#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Blanks spelt out, as they are invisible in the source. */
#define NBSP	"\xc2\xa0"
#define NNBSP	"\xe2\x80\xaf"
#define THIN	"\xe2\x80\x89"
#define IDEO	"\xe3\x80\x80"
#define MINUS	"\xe2\x88\x92"

#define HINT_COMMA	"bad digit grouping (decimal comma? try --decimal-comma)"
#define HINT_POINT	\
	"bad digit grouping (decimal point? try without --decimal-comma)"

struct good {
	const char *s;
	int dc;
	money want;
};

struct bad {
	const char *s;
	int dc;
	const char *why;
};

static const struct good goods[] = {
	/* the quick path */
	{ "42.99", 0, 42990000 },
	{ "-3", 0, -3000000 },
	{ "0", 0, 0 },
	{ "-0", 0, 0 },
	{ "007", 0, 7000000 },
	{ "5.", 0, 5000000 },
	{ "0.000001", 0, 1 },
	{ "-999999999999.999999", 0, -INT64_C(999999999999999999) },
	{ "42,99", 1, 42990000 },
	/* blanks around */
	{ "  42  ", 0, 42000000 },
	{ "\t42\t", 0, 42000000 },
	{ NBSP "42" NBSP, 0, 42000000 },
	{ NNBSP THIN "42" IDEO, 0, 42000000 },
	/* decimals */
	{ ".5", 0, 500000 },
	{ ",5", 1, 500000 },
	{ "-.5", 0, -500000 },
	{ "1.50000000", 0, 1500000 },
	{ "0.100000000000000000000000000000", 0, 100000 },
	{ "000000000000000000000000000001.5", 0, 1500000 },
	{ "1.234", 0, 1234000 },
	{ "1,234", 1, 1234000 },
	/* grouping */
	{ "1,234", 0, 1234000000 },
	{ "1.234", 1, 1234000000 },
	{ "1,234,567.89", 0, 1234567890000 },
	{ "1.234,50", 1, 1234500000 },
	{ "1'234'567.50", 0, 1234567500000 },
	{ "1\xe2\x80\x99" "234.50", 0, 1234500000 },
	{ "1 234 567.89", 0, 1234567890000 },
	{ "1" NBSP "234" NBSP "567,89", 1, 1234567890000 },
	{ "1" NNBSP "234,5", 1, 1234500000 },
	{ "1" THIN "234", 0, 1234000000 },
	{ "1" IDEO "234", 0, 1234000000 },
	{ "0,001", 0, 1000000 },
	{ "1,234.", 0, 1234000000 },
	/* signs */
	{ "+5", 0, 5000000 },
	{ "5.00-", 0, -5000000 },
	{ "5.00 -", 0, -5000000 },
	{ MINUS "5", 0, -5000000 },
	{ "5" MINUS, 0, -5000000 },
	{ "- 5", 0, -5000000 },
	{ "(1,234.50)", 0, -1234500000 },
	{ "( 5 )", 0, -5000000 },
	{ "(0)", 0, 0 },
	/* currency marks */
	{ "\xc2\xa5" "1,234.50", 0, 1234500000 },	/* ¥ */
	{ "￥1,234", 0, 1234000000 },
	{ "€ 12,50", 1, 12500000 },
	{ "12,50 €", 1, 12500000 },
	{ "£5", 0, 5000000 },
	{ "₹1,000", 0, 1000000000 },
	{ "₩1,000", 0, 1000000000 },
	{ "₽ 5", 0, 5000000 },
	{ "₺5", 0, 5000000 },
	{ "5₫", 0, 5000000 },
	{ "₱5", 0, 5000000 },
	{ "฿5", 0, 5000000 },
	{ "100元", 0, 100000000 },
	{ "100 元", 0, 100000000 },
	{ "RMB 100", 0, 100000000 },
	{ "rmb100", 0, 100000000 },
	{ "100 CNY", 0, 100000000 },
	{ "USD 1,000", 0, 1000000000 },
	{ "1,000 usd", 0, 1000000000 },
	{ "EUR5", 0, 5000000 },
	{ "5EUR", 0, 5000000 },
	{ "GBP 5", 0, 5000000 },
	{ "JPY 500", 0, 500000000 },
	{ "HKD 5", 0, 5000000 },
	{ "CHF 1'234.50", 0, 1234500000 },
	{ "5AUD", 0, 5000000 },
	{ "Cad 5", 0, 5000000 },
	{ "US$5", 0, 5000000 },
	{ "us$ 5", 0, 5000000 },
	{ "HK$ 10", 0, 10000000 },
	{ "A$1", 0, 1000000 },
	{ "C$1", 0, 1000000 },
	{ "NT$1", 0, 1000000 },
	{ "R$ 1.234,56", 1, 1234560000 },
	{ "5 kr", 0, 5000000 },
	{ "KR5", 0, 5000000 },
	{ "kr 1 234,50", 1, 1234500000 },
	/* signs and currency together */
	{ "$-5", 0, -5000000 },
	{ "-$5", 0, -5000000 },
	{ "- $ 5", 0, -5000000 },
	{ "$ - 5", 0, -5000000 },
	{ "+$5", 0, 5000000 },
	{ "$5-", 0, -5000000 },
	{ "5$-", 0, -5000000 },
	{ "-5 $", 0, -5000000 },
	{ "($5)", 0, -5000000 },
	{ "$(5)", 0, -5000000 },
	{ "(5 $)", 0, -5000000 },
	{ "(5) $", 0, -5000000 },
	{ MINUS " € 1.234,50", 1, -1234500000 },
	/* scientific notation */
	{ "1.5E3", 0, 1500000000 },
	{ "2e-2", 0, 20000 },
	{ "1e+2", 0, 100000000 },
	{ "1e-6", 0, 1 },
	{ "12345678e-6", 0, 12345678 },
	{ "1,5e3", 1, 1500000000 },
	{ "1,000e3", 0, INT64_C(1000000000000) },
	{ "0e999999999999999999999", 0, 0 },
	{ "0.0000000000000000000000001e25", 0, 1000000 },
	{ "9.223372036854775807e12", 0, INT64_MAX },
	{ "1e3-", 0, -1000000000 },
	{ "$1E2", 0, 100000000 },
	/* the edges of the range */
	{ "9223372036854.775807", 0, INT64_MAX },
	{ "9,223,372,036,854.775807", 0, INT64_MAX },
	{ "-9223372036854.775808", 0, INT64_MIN },
	{ "(9,223,372,036,854.775808)", 0, INT64_MIN },
	{ "9223372036854.7758070000", 0, INT64_MAX },
	{ "1000000000000", 0, INT64_C(1000000000000000000) },
	{ "-0.000001", 0, -1 },
};

static const struct bad bads[] = {
	{ "", 0, "empty amount" },
	{ "   ", 0, "empty amount" },
	{ NBSP IDEO "\t", 0, "empty amount" },
	{ "-", 0, "digits missing" },
	{ "$", 0, "digits missing" },
	{ ".", 0, "digits missing" },
	{ ",", 1, "digits missing" },
	{ "-.", 0, "digits missing" },
	{ "$ .", 0, "digits missing" },
	{ ".e5", 0, "digits missing" },
	{ "(", 0, "digits missing" },
	{ "--", 0, "more than one sign" },
	{ "--5", 0, "more than one sign" },
	{ "+-5", 0, "more than one sign" },
	{ "-5-", 0, "more than one sign" },
	{ MINUS MINUS "5", 0, "more than one sign" },
	{ "-(5)", 0, "more than one sign" },
	{ "(-5)", 0, "more than one sign" },
	{ "(5)-", 0, "more than one sign" },
	{ "((5))", 0, "more than one sign" },
	{ "(5", 0, "unbalanced parenthesis" },
	{ "5)", 0, "unbalanced parenthesis" },
	{ "(5))", 0, "unbalanced parenthesis" },
	{ "abc", 0, "not a number" },
	{ "12abc", 0, "not a number" },
	{ "x5", 0, "not a number" },
	{ "5%", 0, "not a number" },
	{ "0x10", 0, "not a number" },
	{ "1/2", 0, "not a number" },
	{ "e5", 0, "not a number" },
	{ "5e", 0, "not a number" },
	{ "5e-", 0, "not a number" },
	{ "5 5 $", 0, "bad digit grouping" },
	{ "5 $ 5", 0, "not a number" },
	{ "5 -5", 0, "not a number" },
	{ ")5", 0, "not a number" },
	{ ",5", 0, "not a number" },
	{ "5+", 0, "not a number" },
	{ "USDX 5", 0, "not a number" },
	{ "1 234  567", 0, "not a number" },
	{ "$€5", 0, "more than one currency mark" },
	{ "$5 USD", 0, "more than one currency mark" },
	{ "$5$", 0, "more than one currency mark" },
	{ "RMB 100元", 0, "more than one currency mark" },
	{ "12.3.4", 0, "more than one decimal point" },
	{ "1.234.567", 0, "more than one decimal point" },
	{ "12,3,4", 1, "more than one decimal comma" },
	{ "12.3.4", 1, HINT_POINT },
		{ "1,23", 0, HINT_COMMA },
	{ "1,2345", 0, HINT_COMMA },
	{ "1234,567", 0, HINT_COMMA },
	{ "1,234,56", 0, HINT_COMMA },
	{ "1,", 0, HINT_COMMA },
	{ "1,,234", 0, HINT_COMMA },
	{ "1.234,50", 0, HINT_COMMA },
	{ "1.5", 1, HINT_POINT },
	{ "1,234.5", 1, HINT_POINT },
	{ "₹1,00,000", 0, HINT_COMMA },
	{ "1 23", 0, "bad digit grouping" },
	{ "1'23", 0, "bad digit grouping" },
	{ "1.5'000", 0, "bad digit grouping" },
	{ "1.234 567", 0, "bad digit grouping" },
	{ "1'234,567", 0, HINT_COMMA },
	{ "1,234'567", 0, "bad digit grouping" },
	{ "0.0000001", 0, "more than 6 decimals" },
	{ "1.0000001", 0, "more than 6 decimals" },
	{ "1.5000000000000000000000001", 0, "more than 6 decimals" },
	{ "0.1234567890123456789012345", 0, "more than 6 decimals" },
	{ "1.2345678901234567890123e5", 0, "more than 6 decimals" },
	{ "1e-7", 0, "more than 6 decimals" },
	{ "123456789e-12", 0, "more than 6 decimals" },
	{ "1e-999999999999999999999", 0, "more than 6 decimals" },
	{ "1e309", 0, "out of range" },
	{ "1e13", 0, "out of range" },
	{ "9.223372036854775808e12", 0, "out of range" },
	{ "9223372036854.775808", 0, "out of range" },
	{ "-9223372036854.775809", 0, "out of range" },
	{ "(9223372036854.775809)", 0, "out of range" },
	{ "10000000000000", 0, "out of range" },
	{ "99999999999999", 0, "out of range" },
	{ "123456789012345678901234567890", 0, "out of range" },
	{ "123456789012345678901234567890.5", 0, "out of range" },
};

/*
 * Parses a copy with nothing after it, so that the sanitizer catches any
 * read beyond len.
 */
static int
parse_exact(const char *s, int dc, money *out, const char **why)
{
	size_t len = strlen(s);
	char *p;
	int r;

	p = malloc(len > 0 ? len : 1);
	ck_assert_ptr_nonnull(p);
	memcpy(p, s, len);
	r = money_parse(p, len, dc, out, why);
	free(p);
	return r;
}

START_TEST(parse_good)
{
	const struct good *g = &goods[_i];
	const char *why = NULL;
	money m = -42;

	ck_assert_msg(parse_exact(g->s, g->dc, &m, &why) == 0,
	    "\"%s\" (dc %d): %s", g->s, g->dc, why);
	ck_assert_msg(m == g->want, "\"%s\" (dc %d): %lld, want %lld",
	    g->s, g->dc, (long long)m, (long long)g->want);
}
END_TEST

START_TEST(parse_bad)
{
	const struct bad *b = &bads[_i];
	const char *why = NULL;
	money m = 0;

	ck_assert_msg(parse_exact(b->s, b->dc, &m, &why) == -1,
	    "\"%s\" (dc %d) parsed as %lld", b->s, b->dc, (long long)m);
	ck_assert_msg(why != NULL && strcmp(why, b->why) == 0,
	    "\"%s\" (dc %d): \"%s\", want \"%s\"", b->s, b->dc, why, b->why);
}
END_TEST

START_TEST(parse_null_why)
{
	money m;

	ck_assert_int_eq(money_parse("x", 1, 0, &m, NULL), -1);
}
END_TEST

/* What follows len must not count, whatever it is. */
START_TEST(parse_prefix)
{
	static const struct {
		const char *buf;
		size_t len;
		int ok;
		money want;
	} t[] = {
		{ "12.34567", 4, 1, 12300000 },
		{ "1,234.50 and more", 8, 1, 1234500000 },
		{ "5.00-", 4, 1, 5000000 },
		{ "1e309", 1, 1, 1000000 },
		{ "$5 USD", 2, 1, 5000000 },
		{ "-5" NBSP "x", 4, 1, -5000000 },
		{ "(5)", 2, 0, 0 },
		{ "1,234", 3, 0, 0 },
		{ "42", 0, 0, 0 },
	};
	const char *why;
	money m;
	size_t i;
	int r;

	for (i = 0; i < NELEM(t); i++) {
		why = NULL;
		r = money_parse(t[i].buf, t[i].len, 0, &m, &why);
		if (!t[i].ok) {
			ck_assert_msg(r == -1 && why != NULL,
			    "\"%.*s\" parsed", (int)t[i].len, t[i].buf);
			continue;
		}
		ck_assert_msg(r == 0, "\"%.*s\": %s",
		    (int)t[i].len, t[i].buf, why);
		ck_assert_int_eq(m, t[i].want);
	}
}
END_TEST

START_TEST(format_examples)
{
	static const struct {
		money m;
		int min;
		const char *want;
	} t[] = {
		{ 15300000, 2, "15.30" },
		{ 1000, 2, "0.001" },
		{ 18000000, 0, "18" },
		{ -500000, 2, "-0.50" },
		{ 0, 2, "0.00" },
		{ 0, 0, "0" },
		{ 1, 0, "0.000001" },
		{ -1, 6, "-0.000001" },
		{ 123456789, 6, "123.456789" },
		{ 123456789, 0, "123.456789" },
		{ 120000000, 6, "120.000000" },
		{ -1000000, 0, "-1" },
		{ 1500000, 1, "1.5" },
		{ 1500000, 3, "1.500" },
		{ INT64_MAX, 0, "9223372036854.775807" },
		{ INT64_MIN, 0, "-9223372036854.775808" },
		{ INT64_MIN + 775808, 2, "-9223372036854.00" },
	};
	char buf[32];
	size_t i, n;

	for (i = 0; i < NELEM(t); i++) {
		memset(buf, 'x', sizeof(buf));
		n = money_format(t[i].m, t[i].min, buf);
		ck_assert_str_eq(buf, t[i].want);
		ck_assert_uint_eq(n, strlen(t[i].want));
	}
}
END_TEST

/* Deterministic spread over all magnitudes, including the extremes. */
static money
sample(unsigned k)
{
	static const money fixed[] = {
		0, 1, -1, 999999, -999999, 1000000, -1000000, 1000001,
		10, 100, 1000, 10000, 100000, INT64_C(1000000000000000000),
		INT64_C(999999999999999999), INT64_MAX, INT64_MIN,
		INT64_MAX - 1, INT64_MIN + 1, INT64_MAX / 10, INT64_MIN / 10,
	};
	uint64_t x;

	if (k < NELEM(fixed))
		return fixed[k];
	x = (uint64_t)k * UINT64_C(0x9e3779b97f4a7c15);
	x ^= x >> 29;
	/* shifting keeps small values as common as large ones */
	return (money)(x >> 1 >> (k % 63));
}

START_TEST(format_round_trip)
{
	char buf[32], spaced[40];
	const char *why;
	money x, m;
	unsigned k;
	int min;

	for (k = 0; k < 20000; k++) {
		x = sample(k);
		if (k % 2 && k >= 32)
			x = -x;
		for (min = 0; min <= MONEY_DECIMALS; min++) {
			money_format(x, min, buf);
			why = NULL;
			/* Checked by hand, failing through ck_abort_msg: each
			 * ck_assert records its line with a write, and 200,000
			 * of them made this test take seconds. */
			if (money_parse(buf, strlen(buf), 0, &m, &why) != 0)
				ck_abort_msg("%s: %s", buf, why);
			if (m != x)
				ck_abort_msg("%s: %lld, want %lld", buf,
				    (long long)m, (long long)x);
			/* the blank sends it through the full parser */
			snprintf(spaced, sizeof(spaced), " %s", buf);
			if (money_parse(spaced, strlen(spaced), 0, &m, &why) != 0)
				ck_abort_msg("\"%s\": %s", spaced, why);
			if (m != x)
				ck_abort_msg("\"%s\": %lld, want %lld", spaced,
				    (long long)m, (long long)x);
		}
	}
}
END_TEST

START_TEST(add)
{
	money s;

	ck_assert_int_eq(money_add(1500000, 2500000, &s), 0);
	ck_assert_int_eq(s, 4000000);
	ck_assert_int_eq(money_add(-1, 1, &s), 0);
	ck_assert_int_eq(s, 0);
	ck_assert_int_eq(money_add(INT64_MAX, INT64_MIN, &s), 0);
	ck_assert_int_eq(s, -1);
	ck_assert_int_eq(money_add(INT64_MAX - 1, 1, &s), 0);
	ck_assert_int_eq(s, INT64_MAX);
	ck_assert_int_eq(money_add(INT64_MIN + 1, -1, &s), 0);
	ck_assert_int_eq(s, INT64_MIN);
	s = 7;
	ck_assert_int_eq(money_add(INT64_MAX, 1, &s), -1);
	ck_assert_int_eq(money_add(INT64_MIN, -1, &s), -1);
	ck_assert_int_eq(money_add(INT64_MIN, INT64_MIN, &s), -1);
	ck_assert_int_eq(s, 7);
}
END_TEST

START_TEST(mul)
{
	money p;

	/* 2 x 3.50 */
	ck_assert_int_eq(money_mul(2000000, 3500000, &p), 0);
	ck_assert_int_eq(p, 7000000);
	/* 3 x 0.001 */
	ck_assert_int_eq(money_mul(3000000, 1000, &p), 0);
	ck_assert_int_eq(p, 3000);
	/* 0.5 x 0.5 */
	ck_assert_int_eq(money_mul(500000, 500000, &p), 0);
	ck_assert_int_eq(p, 250000);
	/* 0.001 x 0.001 */
	ck_assert_int_eq(money_mul(1000, 1000, &p), 0);
	ck_assert_int_eq(p, 1);
	ck_assert_int_eq(money_mul(-2000000, 3000000, &p), 0);
	ck_assert_int_eq(p, -6000000);
	ck_assert_int_eq(money_mul(-2000000, -3000000, &p), 0);
	ck_assert_int_eq(p, 6000000);
	ck_assert_int_eq(money_mul(0, INT64_MIN, &p), 0);
	ck_assert_int_eq(p, 0);
	ck_assert_int_eq(money_mul(INT64_MAX, MONEY_SCALE, &p), 0);
	ck_assert_int_eq(p, INT64_MAX);
	ck_assert_int_eq(money_mul(INT64_MIN, MONEY_SCALE, &p), 0);
	ck_assert_int_eq(p, INT64_MIN);
	ck_assert_int_eq(money_mul(INT64_MAX, -MONEY_SCALE, &p), 0);
	ck_assert_int_eq(p, -INT64_MAX);
	/* an intermediate far beyond int64 that divides back into range */
	ck_assert_int_eq(money_mul(INT64_C(4000000000000000000), 2000000,
	    &p), 0);
	ck_assert_int_eq(p, INT64_C(8000000000000000000));

	p = 7;
	/* inexact: 0.001 x 0.0001, 0.000001 x 0.5 */
	ck_assert_int_eq(money_mul(1000, 100, &p), -1);
	ck_assert_int_eq(money_mul(1, 500000, &p), -1);
	ck_assert_int_eq(money_mul(-1, 1, &p), -1);
	/* overflow */
	ck_assert_int_eq(money_mul(INT64_MIN, -MONEY_SCALE, &p), -1);
	ck_assert_int_eq(money_mul(INT64_MAX, 2 * MONEY_SCALE, &p), -1);
	ck_assert_int_eq(money_mul(INT64_MAX, INT64_MAX, &p), -1);
	ck_assert_int_eq(money_mul(INT64_MIN, INT64_MIN, &p), -1);
	ck_assert_int_eq(money_mul(INT64_C(5000000000000000000),
	    3000000, &p), -1);
	ck_assert_int_eq(p, 7);
}
END_TEST

/* Shares and means: exact quotients, half away from zero, to the unit. */
START_TEST(ratio_and_mean)
{
	ck_assert_int_eq(money_ratio(1, 3, 1), 333333);
	ck_assert_int_eq(money_ratio(2, 3, 10000), 670000);
	ck_assert_int_eq(money_ratio(-1, 2, 10000), -500000);
	ck_assert_int_eq(money_ratio(1, -8, 10000), -130000);
	ck_assert_int_eq(money_ratio(5, 0, 1), 0);
	ck_assert_int_eq(money_ratio(INT64_MAX, MONEY_SCALE, 1),
	    INT64_MAX);	/* held in 128 bits on the way */
	ck_assert_int_eq(money_div_cents(1005000, 2), 500000);
	ck_assert_int_eq(money_div_cents(-1005000, 2), -500000);
	ck_assert_int_eq(money_div_cents(1015000, 2), 510000);
}
END_TEST

/* Every string of up to 7 of these bytes: canonical exactly when it
 * parses and money_format writes it back unchanged. */
START_TEST(canonical)
{
	static const char alpha[] = "-0159.";
	char s[16], buf[32];
	const char *why;

	for (int len = 1; len <= 7; len++) {
		long total = 1;
		for (int i = 0; i < len; i++)
			total *= 6;
		for (long k = 0; k < total; k++) {
			long x = k;
			for (int i = 0; i < len; i++, x /= 6)
				s[i] = alpha[x % 6];
			s[len] = '\0';
			money m = 0;
			int want = money_parse(s, (size_t)len, 0, &m, &why) == 0 &&
			    money_format(m, 2, buf) == (size_t)len &&
			    memcmp(buf, s, (size_t)len) == 0;
			if (money_canonical(s, (size_t)len, m) != want)
				ck_abort_msg("%s: canonical %d, want %d", s,
				    !want, want);
		}
	}
}
END_TEST

Suite *
money_suite(void)
{
	Suite *s;
	TCase *tc;

	s = suite_create("money");

	tc = tcase_create("parse");
	tcase_add_loop_test(tc, parse_good, 0, NELEM(goods));
	tcase_add_loop_test(tc, parse_bad, 0, NELEM(bads));
	tcase_add_test(tc, parse_null_why);
	tcase_add_test(tc, parse_prefix);
	suite_add_tcase(s, tc);

	tc = tcase_create("format");
	tcase_add_test(tc, format_examples);
	tcase_add_test(tc, format_round_trip);
	suite_add_tcase(s, tc);

	tc = tcase_create("arith");
	tcase_add_test(tc, add);
	tcase_add_test(tc, mul);
	tcase_add_test(tc, ratio_and_mean);
	suite_add_tcase(s, tc);

	/* A third of a million strings: seconds under the sanitizers. */
	tc = tcase_create("canonical");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, canonical);
	suite_add_tcase(s, tc);

	return s;
}
