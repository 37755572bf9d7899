/*
 * Exact money amounts as spreadsheets export them: currency marks,
 * accounting signs, grouped digits, even scientific notation.  Nothing is
 * ever rounded; an amount that does not fit is an error.
 */

#include <stdint.h>
#include <stddef.h>

#include "money.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* 10^13 units exceed INT64_MAX / MONEY_SCALE, so no digit may sit there. */
#define TOP_POWER	12

/* 13 whole and 6 decimal digits: more cannot be an exact, in-range money. */
#define MAX_DIGITS	19

/* Far beyond any exponent that can matter, and far from int64 overflow. */
#define EXP_CAP		INT64_C(1000000000000000)

struct lit {
	const char *s;
	size_t n;
};

#define LIT(x)	{ x, sizeof(x) - 1 }

static const struct lit blanks[] = {
	LIT(" "),
	LIT("\t"),
	LIT("\xc2\xa0"),	/* no-break space */
	LIT("\xe2\x80\xaf"),	/* narrow no-break space */
	LIT("\xe2\x80\x89"),	/* thin space */
	LIT("\xe3\x80\x80"),	/* ideographic space */
};

static const struct lit quotes[] = {
	LIT("'"),
	LIT("\xe2\x80\x99"),	/* right single quotation mark */
};

static const struct lit minuses[] = {
	LIT("-"),
	LIT("\xe2\x88\x92"),	/* minus sign */
};

/* In lower case, as letters match in any case; none is a prefix of another. */
static const struct lit currencies[] = {
	LIT("$"),
	LIT("\xc2\xa5"),	/* yen */
	LIT("\xef\xbf\xa5"),	/* fullwidth yen */
	LIT("\xe2\x82\xac"),	/* euro */
	LIT("\xc2\xa3"),	/* pound */
	LIT("\xe2\x82\xb9"),	/* rupee */
	LIT("\xe2\x82\xa9"),	/* won */
	LIT("\xe2\x82\xbd"),	/* ruble */
	LIT("\xe2\x82\xba"),	/* lira */
	LIT("\xe2\x82\xab"),	/* dong */
	LIT("\xe2\x82\xb1"),	/* peso */
	LIT("\xe0\xb8\xbf"),	/* baht */
	LIT("\xe5\x85\x83"),	/* yuan */
	LIT("rmb"), LIT("cny"), LIT("usd"), LIT("eur"), LIT("gbp"),
	LIT("jpy"), LIT("hkd"), LIT("chf"), LIT("aud"), LIT("cad"),
	LIT("us$"), LIT("hk$"), LIT("a$"), LIT("c$"), LIT("nt$"), LIT("r$"),
	LIT("kr"),
};

static const uint64_t tens[] = {
	UINT64_C(1), UINT64_C(10), UINT64_C(100), UINT64_C(1000),
	UINT64_C(10000), UINT64_C(100000), UINT64_C(1000000),
	UINT64_C(10000000), UINT64_C(100000000), UINT64_C(1000000000),
	UINT64_C(10000000000), UINT64_C(100000000000),
	UINT64_C(1000000000000), UINT64_C(10000000000000),
	UINT64_C(100000000000000), UINT64_C(1000000000000000),
	UINT64_C(10000000000000000), UINT64_C(100000000000000000),
	UINT64_C(1000000000000000000), UINT64_C(10000000000000000000),
};

struct scan {
	const char *s;
	size_t len;
	size_t i;
};

/* Signs, parentheses and currency marks seen around the number. */
struct marks {
	int signs;
	int neg;
	int open;
	int closed;
	int currency;
};

/*
 * The number is d * 10^(exp - nfrac + z): trailing zeros wait in z so
 * that "1.50000000" does not overflow d.
 */
struct digits {
	uint64_t d;
	int64_t z;
	int64_t sig;	/* digits from the first non-zero one on */
	int64_t nfrac;
	int64_t exp;
	int64_t all;	/* leading zeros too */
};

enum sign { SIGN_NONE, SIGN_PLUS, SIGN_MINUS, SIGN_OPEN, SIGN_CLOSE };

enum sep { SEP_NONE, SEP_THOUSANDS, SEP_QUOTE, SEP_BLANK };

static int
fail(const char **why, const char *msg)
{
	if (why != NULL)
		*why = msg;
	return -1;
}

static int
isdig(char c)
{
	return c >= '0' && c <= '9';
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Length of the entry of tab found at sc->i, or 0. */
static size_t
lit_at(const struct scan *sc, const struct lit *tab, size_t ntab)
{
	size_t k, j;

	for (k = 0; k < ntab; k++) {
		if (tab[k].n > sc->len - sc->i)
			continue;
		for (j = 0; j < tab[k].n; j++)
			if (lower(sc->s[sc->i + j]) != tab[k].s[j])
				break;
		if (j == tab[k].n)
			return tab[k].n;
	}
	return 0;
}

static int
blank_only(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };
	size_t n;

	while (sc.i < len && (n = lit_at(&sc, blanks, NELEM(blanks))) > 0)
		sc.i += n;
	return sc.i == len;
}

/* The common "-42.99": no blanks, marks, separators or exponent. */
static int
parse_simple(const char *s, size_t len, int decimal_comma, money *out)
{
	char point = decimal_comma ? ',' : '.';
	size_t i, start, nfrac = 0;
	int64_t ip = 0, fp = 0;
	int neg;

	neg = len > 0 && s[0] == '-';
	i = start = neg;
	/* TOP_POWER digits cannot overflow, longer ones take the long way */
	while (i < len && i - start < TOP_POWER && isdig(s[i]))
		ip = ip * 10 + (s[i++] - '0');
	if (i == start)
		return -1;
	if (i < len && s[i] == point)
		for (i++; i < len && nfrac < MONEY_DECIMALS && isdig(s[i]); i++) {
			fp = fp * 10 + (s[i] - '0');
			nfrac++;
		}
	if (i != len)
		return -1;
	ip = ip * MONEY_SCALE + fp * (int64_t)tens[MONEY_DECIMALS - nfrac];
	*out = neg ? -ip : ip;
	return 0;
}

static enum sign
sign_at(const struct scan *sc, int before, size_t *n)
{
	char c = sc->s[sc->i];

	*n = 1;
	if (before && c == '+')
		return SIGN_PLUS;
	if (before && c == '(')
		return SIGN_OPEN;
	if (!before && c == ')')
		return SIGN_CLOSE;
	if ((*n = lit_at(sc, minuses, NELEM(minuses))) > 0)
		return SIGN_MINUS;
	return SIGN_NONE;
}

static int
take_sign(struct scan *sc, struct marks *m, enum sign sign, size_t n,
    const char **why)
{
	if (sign == SIGN_CLOSE) {
		if (!m->open || m->closed)
			return fail(why, "unbalanced parenthesis");
		m->closed = 1;
	} else {
		/* parentheses are a sign too: "-(5)" is an error */
		if (m->signs++ > 0)
			return fail(why, "more than one sign");
		m->neg = sign != SIGN_PLUS;
		m->open = sign == SIGN_OPEN;
	}
	sc->i += n;
	return 1;
}

/* Takes one blank, sign or currency mark: 1, 0 if none is there, or -1. */
static int
mark(struct scan *sc, struct marks *m, int before, const char **why)
{
	enum sign sign;
	size_t n;

	/* the number starts with a digit more often than not */
	if (isdig(sc->s[sc->i]))
		return 0;
	if ((n = lit_at(sc, blanks, NELEM(blanks))) > 0) {
		sc->i += n;
		return 1;
	}
	if ((sign = sign_at(sc, before, &n)) != SIGN_NONE)
		return take_sign(sc, m, sign, n, why);
	if ((n = lit_at(sc, currencies, NELEM(currencies))) == 0)
		return 0;
	if (m->currency++ > 0)
		return fail(why, "more than one currency mark");
	sc->i += n;
	return 1;
}

/* Marks before the number (before != 0) or after it. */
static int
marks(struct scan *sc, struct marks *m, int before, const char **why)
{
	int r;

	for (;;) {
		if (sc->i == sc->len)
			return 0;
		if ((r = mark(sc, m, before, why)) <= 0)
			return r;
	}
}

static void
digit(struct digits *dg, int c)
{
	dg->all++;
	if (dg->sig == 0 && c == 0)
		return;
	dg->sig++;
	if (c == 0) {
		dg->z++;
		return;
	}
	/* past MAX_DIGITS d is stale, but value() refuses such amounts */
	if (dg->sig <= MAX_DIGITS)
		dg->d = dg->d * tens[dg->z + 1] + c;
	dg->z = 0;
}

/* A thousands separator at sc->i, its length in *n. */
static enum sep
sep_at(const struct scan *sc, int decimal_comma, size_t *n)
{
	*n = 1;
	if (sc->s[sc->i] == (decimal_comma ? '.' : ','))
		return SEP_THOUSANDS;
	if ((*n = lit_at(sc, quotes, NELEM(quotes))) > 0)
		return SEP_QUOTE;
	/* a blank not followed by a digit ends the number instead */
	if ((*n = lit_at(sc, blanks, NELEM(blanks))) > 0 &&
	    sc->i + *n < sc->len && isdig(sc->s[sc->i + *n]))
		return SEP_BLANK;
	return SEP_NONE;
}

/* Grouping gone wrong often means the other decimal convention. */
static int
bad_grouping(int decimal_comma, enum sep sep, const char **why)
{
	if (sep != SEP_THOUSANDS)
		return fail(why, "bad digit grouping");
	if (decimal_comma)
		return fail(why, "bad digit grouping "
		    "(decimal point? try without --decimal-comma)");
	return fail(why, "bad digit grouping "
	    "(decimal comma? try --decimal-comma)");
}

static int
intpart(struct scan *sc, int decimal_comma, struct digits *dg,
    const char **why)
{
	enum sep sep, first = SEP_NONE;
	size_t group = 0, n;

	for (;;) {
		if (sc->i < sc->len && isdig(sc->s[sc->i])) {
			digit(dg, sc->s[sc->i++] - '0');
			group++;
			continue;
		}
		if (sc->i == sc->len ||
		    (sep = sep_at(sc, decimal_comma, &n)) == SEP_NONE)
			break;
		if (group == 0 || group > 3 ||
		    (first != SEP_NONE && (group != 3 || sep != first)))
			return bad_grouping(decimal_comma, sep, why);
		first = sep;
		group = 0;
		sc->i += n;
	}
	if (first != SEP_NONE && group != 3)
		return bad_grouping(decimal_comma, first, why);
	return 0;
}

static int
fracpart(struct scan *sc, int decimal_comma, struct digits *dg,
    const char **why)
{
	char point = decimal_comma ? ',' : '.';
	enum sep sep;
	size_t n;

	if (sc->i == sc->len || sc->s[sc->i] != point)
		return 0;
	for (sc->i++; sc->i < sc->len && isdig(sc->s[sc->i]); sc->i++) {
		dg->nfrac++;
		digit(dg, sc->s[sc->i] - '0');
	}
	if (sc->i == sc->len)
		return 0;
	if (sc->s[sc->i] == point)
		return fail(why, decimal_comma ? "more than one decimal comma" :
		    "more than one decimal point");
	if ((sep = sep_at(sc, decimal_comma, &n)) != SEP_NONE)
		return bad_grouping(decimal_comma, sep, why);
	return 0;
}

/* Only an 'e' with digits after it is an exponent: "5EUR" is not. */
static void
exponent(struct scan *sc, struct digits *dg)
{
	size_t i = sc->i;
	int64_t e = 0;
	int neg = 0;

	if (i == sc->len || lower(sc->s[i]) != 'e')
		return;
	if (++i < sc->len && (sc->s[i] == '-' || sc->s[i] == '+'))
		neg = sc->s[i++] == '-';
	if (i == sc->len || !isdig(sc->s[i]))
		return;
	for (; i < sc->len && isdig(sc->s[i]); i++)
		if (e < EXP_CAP)
			e = e * 10 + (sc->s[i] - '0');
	dg->exp = neg ? -e : e;
	sc->i = i;
}

/* The digits as millionths, or an error message. */
static const char *
value(const struct digits *dg, int neg, money *out)
{
	int64_t last, k;
	uint64_t u, limit;

	if (dg->sig == 0) {
		*out = 0;
		return NULL;
	}
	last = dg->exp - dg->nfrac;
	if (last + dg->sig - 1 > TOP_POWER)
		return "out of range";
	/* with the leading digit in range, too many digits means decimals */
	k = last + dg->z;
	if (dg->sig - dg->z > MAX_DIGITS || k < -MONEY_DECIMALS)
		return "more than 6 decimals";
	/* at most TOP_POWER + 1 + MONEY_DECIMALS digits: fits */
	u = dg->d * tens[k + MONEY_DECIMALS];
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	if (u > limit)
		return "out of range";
	*out = neg ? -(money)(u - 1) - 1 : (money)u;
	return NULL;
}

static int
parse_full(const char *s, size_t len, int decimal_comma, money *out,
    const char **why)
{
	struct scan sc = { s, len, 0 };
	struct marks m = { 0 };
	struct digits dg = { 0 };
	const char *err;

	if (blank_only(s, len))
		return fail(why, "empty amount");
	if (marks(&sc, &m, 1, why) == -1)
		return -1;
	if (sc.i == len)
		return fail(why, "digits missing");
	if (!isdig(s[sc.i]) && s[sc.i] != (decimal_comma ? ',' : '.'))
		return fail(why, "not a number");
	if (intpart(&sc, decimal_comma, &dg, why) == -1 ||
	    fracpart(&sc, decimal_comma, &dg, why) == -1)
		return -1;
	if (dg.all == 0)
		return fail(why, "digits missing");
	exponent(&sc, &dg);
	if (marks(&sc, &m, 0, why) == -1)
		return -1;
	if (sc.i != len)
		return fail(why, "not a number");
	if (m.open != m.closed)
		return fail(why, "unbalanced parenthesis");
	if ((err = value(&dg, m.neg, out)) != NULL)
		return fail(why, err);
	return 0;
}

int
money_parse(const char *s, size_t len, int decimal_comma, money *out,
    const char **why)
{
	if (parse_simple(s, len, decimal_comma, out) == 0)
		return 0;
	return parse_full(s, len, decimal_comma, out, why);
}

int
money_add(money a, money b, money *sum)
{
	money r;

	if (__builtin_add_overflow(a, b, &r))
		return -1;
	*sum = r;
	return 0;
}

int
money_mul(money a, money b, money *product)
{
	__int128 p = (__int128)a * b;

	if (p % MONEY_SCALE != 0)
		return -1;
	p /= MONEY_SCALE;
	if (p < INT64_MIN || p > INT64_MAX)
		return -1;
	*product = (money)p;
	return 0;
}

size_t
money_format(money m, int min_decimals, char *buf)
{
	char tmp[24], *p;
	uint64_t u, ip;
	uint32_t fp;
	size_t n = 0;
	int nd = MONEY_DECIMALS, i;

	/* unsigned negation, so that INT64_MIN has a magnitude */
	u = m < 0 ? 0 - (uint64_t)m : (uint64_t)m;
	ip = u / MONEY_SCALE;
	fp = u % MONEY_SCALE;
	if (m < 0)
		buf[n++] = '-';
	p = tmp + sizeof(tmp);
	do {
		*--p = '0' + ip % 10;
		ip /= 10;
	} while (ip > 0);
	while (p < tmp + sizeof(tmp))
		buf[n++] = *p++;
	while (nd > min_decimals && fp % 10 == 0) {
		fp /= 10;
		nd--;
	}
	if (nd > 0) {
		buf[n++] = '.';
		for (i = nd - 1; i >= 0; i--) {
			buf[n + i] = '0' + fp % 10;
			fp /= 10;
		}
		n += nd;
	}
	buf[n] = '\0';
	return n;
}

/* 1 when s, which parses to m, is what money_format(m, 2) writes: so a
 * tool may copy it as it is. */
int
money_canonical(const char *s, size_t n, money m)
{
	size_t i = n > 0 && s[0] == '-', start = i, dot;

	if (i && m == 0)
		return 0;	/* "-0.00" is written 0.00 */
	while (i < n && isdig(s[i]))
		i++;
	dot = i;
	if (dot == start || (s[start] == '0' && dot - start > 1) ||
	    dot == n || s[dot] != '.')
		return 0;
	for (i = dot + 1; i < n && isdig(s[i]); i++)
		;
	size_t nfrac = n - dot - 1;
	return i == n && nfrac >= 2 && nfrac <= MONEY_DECIMALS &&
	    (nfrac == 2 || s[n - 1] != '0');
}

money
money_div_cents(money total, uint64_t n)
{
	return money_ratio(total, (__int128)n * MONEY_SCALE, MONEY_SCALE / 100);
}

money
money_ratio(__int128 num, __int128 den, int64_t unit)
{
	if (den == 0)
		return 0;
	__int128 x = num * MONEY_SCALE, d = den * unit;
	int neg = (x < 0) != (d < 0);
	x = x < 0 ? -x : x;
	d = d < 0 ? -d : d;
	__int128 q = (x + d / 2) / d * unit;
	return (money)(neg ? -q : q);
}
