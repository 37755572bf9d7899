#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "cell.h"
#include "date.h"
#include "err.h"
#include "grow.h"

/* Significant digits Excel keeps. */
#define DIGITS 15
/* Decimal exponents written out in full; beyond, the text is no number
 * a table of money or ids holds. */
#define MAXEXP 300

size_t
cell_number(const char *s, size_t n, char *out)
{
	char dig[DIGITS + 2];
	size_t k = 0, i = 0, o = 0;
	long point = 0;		/* digits before the decimal point */
	int neg = 0, seen = 0, frac = 0, round = 0;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'); i++) {
		if (s[i] == '.') {
			if (frac)
				return 0;
			frac = 1;
			continue;
		}
		seen = 1;
		if (k == 0 && s[i] == '0') {
			point -= frac;	/* a leading zero after the point */
			continue;
		}
		if (k < DIGITS)
			dig[k++] = s[i];
		else if (k == DIGITS && !round)
			round = s[i] >= '5' ? 1 : -1;
		point += !frac;
	}
	if (!seen)
		return 0;
	if (i < n && (s[i] == 'E' || s[i] == 'e')) {
		char *end;
		char num[16];
		size_t len = n - i - 1 < sizeof(num) - 1 ? n - i - 1 :
		    sizeof(num) - 1;
		memcpy(num, s + i + 1, len);
		num[len] = '\0';
		long e = strtol(num, &end, 10);
		if (end == num || *end != '\0' || e > MAXEXP || e < -MAXEXP)
			return 0;
		point += e;
		i = n;
	}
	if (i != n)
		return 0;
	if (round > 0) {	/* half away from zero, as Excel shows it */
		size_t j = k;
		while (j > 0 && dig[j - 1] == '9')
			dig[--j] = '0';
		if (j == 0) {
			dig[0] = '1';
			k = 1;
			point++;
		} else
			dig[j - 1]++;
	}
	while (k > 0 && dig[k - 1] == '0')
		k--;
	if (k == 0)
		return (size_t)sprintf(out, "0");
	if (point > MAXEXP || point < -MAXEXP)
		return 0;
	if (neg)
		out[o++] = '-';
	if (point <= 0) {
		out[o++] = '0';
		out[o++] = '.';
		for (long z = point; z < 0; z++)
			out[o++] = '0';
		memcpy(out + o, dig, k);
		o += k;
	} else {
		for (long j = 0; j < point; j++)
			out[o++] = (size_t)j < k ? dig[j] : '0';
		if ((size_t)point < k) {
			out[o++] = '.';
			memcpy(out + o, dig + point, k - (size_t)point);
			o += k - (size_t)point;
		}
	}
	out[o] = '\0';
	return o;
}

enum cell_kind
cell_builtin(long id)
{
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) ||
	    (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
		return CELL_DATE;
	if (id == 22)
		return CELL_DATETIME;
	if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) ||
	    (id >= 45 && id <= 47))
		return CELL_TIME;
	return CELL_PLAIN;
}

/*
 * The letters that show parts of a date are looked for outside what
 * shows as it is: "quoted text", \x, _x (a space as wide as x), *x (x
 * repeated) and [colour], [$-locale]; [h], [mm], [ss] make a duration,
 * not a time of day. AM/PM and A/P are no month.
 */
enum cell_kind
cell_format(const char *c)
{
	int day = 0, time = 0, month = 0;

	for (; *c; c++) {
		switch (*c) {
		case '"':
			while (c[1] && c[1] != '"')
				c++;
			c += c[1] != '\0';
			break;
		case '\\': case '_': case '*':
			c += c[1] != '\0';
			break;
		case '[':
			if (c[1] == 'h' || c[1] == 'H' || c[1] == 'm' ||
			    c[1] == 'M' || c[1] == 's' || c[1] == 'S')
				return CELL_PLAIN;
			while (c[1] && c[1] != ']')
				c++;
			c += c[1] != '\0';
			break;
		case 'A': case 'a':
			if (strncasecmp(c, "AM/PM", 5) == 0)
				c += 4;
			else if (strncasecmp(c, "A/P", 3) == 0)
				c += 2;
			break;
		case 'y': case 'Y': case 'd': case 'D':
			day = 1;
			break;
		case 'm': case 'M':
			month = 1;
			break;
		case 'h': case 'H': case 's': case 'S':
			time = 1;
			break;
		}
	}
	if (day && time)
		return CELL_DATETIME;
	if (day || (month && !time))
		return CELL_DATE;
	return time ? CELL_TIME : CELL_PLAIN;
}

size_t
cell_serial(const char *s, int date1904, enum cell_kind k, char *out)
{
	char *end, tbuf[9];
	double v = strtod(s, &end);
	size_t o = 0;

	if (end == s || *end != '\0' || !(v >= 0) || v > 2958465.99999)
		return 0;
	double whole = floor(v);
	long secs = lround((v - whole) * 86400);
	long day = (long)whole + secs / 86400;
	secs %= 86400;
	if (k != CELL_TIME) {
		int y, m, d;
		if (date1904)
			date_to_ymd(date_from_ymd(1904, 1, 1) + (int32_t)day,
			    &y, &m, &d);
		else if (day == 60) {
			y = 1900, m = 2, d = 29;
		} else if (day == 0) {
			y = 1900, m = 1, d = 0;	/* Excel's "1900-01-00" */
		} else
			date_to_ymd(date_from_ymd(1899, 12, 31) + (int32_t)day -
			    (day > 60), &y, &m, &d);
		o = (size_t)sprintf(out, "%04d-%02d-%02d", y, m, d);
		if (k == CELL_DATE || secs == 0)
			return o;
		out[o++] = ' ';
	}
	time_format((int32_t)secs, tbuf);
	memcpy(out + o, tbuf, 9);
	return o + 8;
}

size_t
cell_iso(char *s, size_t n)
{
	if (n >= 19 && s[10] == 'T' && memcmp(s + 11, "00:00:00", 8) == 0)
		return 10;
	if (n >= 19 && s[10] == 'T') {
		s[10] = ' ';
		return 19;
	}
	return n;
}

void
cells_clear(struct cells *c, long line)
{
	c->used = 0;
	c->n = 0;
	c->line = line;
}

void
cells_put(struct cells *c, size_t col, const char *s, size_t n)
{
	if (n == 0)
		return;
	GROW(c->buf, c->used + n + 1, c->cap);
	if (col >= c->ncap) {
		c->ncap = grow_cap(c->ncap, col + 1);
		c->off = xreallocarray(c->off, c->ncap, sizeof(size_t));
		c->len = xreallocarray(c->len, c->ncap, sizeof(size_t));
	}
	for (; c->n <= col; c->n++)
		c->len[c->n] = 0;
	memcpy(c->buf + c->used, s, n);
	c->buf[c->used + n] = '\0';
	c->off[col] = c->used;
	c->len[col] = n;
	c->used += n + 1;
}

void
cells_free(struct cells *c)
{
	free(c->buf);
	free(c->off);
	free(c->len);
}
