#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "canon.h"
#include "date.h"
#include "err.h"
#include "money.h"

struct canon_lines {
	struct reader *r;
	char delim;
	int kinded;
	int scan;		/* lines may be canonical */
	const char *from, *at, *end;	/* lines not yet given back */
	long taken;
	const char *date, *amount;	/* the last line's, as written */
	size_t alen;
};

struct canon_lines *
canon_lines_open(struct reader *r, int kinded)
{
	/* Written at every row by the reading thread, while the summing
	 * thread writes its own: a line of its own. */
	struct canon_lines *c = xaligned_line(sizeof(*c));
	char d = reader_delim(r);

	c->r = r;
	c->delim = d;
	c->kinded = kinded;
#ifdef __SSE2__
	/* A delimiter that can be part of a date or an amount would make
	 * those ambiguous; with one of these no line is canonical. */
	c->scan = d != '"' && d != '\r' && d != '\n' && d != '-' && d != '.' &&
	    !(d >= '0' && d <= '9');
#endif
	return c;
}

#ifdef __SSE2__
static unsigned
mask(__m128i v, char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
}

/*
 * One canonical line: the end of the line, or NULL for a line of any
 * other form, which the general path then reads as it always would, so
 * that what is taken here is exactly what it would take.
 */
static const char *
line(struct canon_lines *c, const char *p, struct txn *x)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)p);
	unsigned d = mask(v, c->delim), bad = mask(v, '"') | mask(v, '\r') |
	    mask(v, '\n') | (unsigned)_mm_movemask_epi8(v);
	const char *why;

	if (d == 0)
		return NULL;
	unsigned k = (unsigned)__builtin_ctz(d);
	if (k == 0 || (bad & ((1u << k) - 1)) || p[0] == ' ' ||
	    p[0] == '\t' || p[k - 1] == ' ' || p[k - 1] == '\t')
		return NULL;
	x->cust = p;
	x->clen = k;
	p += k + 1;
	c->date = p;
	if (!date_iso(p, &x->day) || p[10] != c->delim)
		return NULL;
	const char *a = p += 11;
	while (*p != c->delim && *p != '\n')
		p++;
	c->amount = a;
	c->alen = (size_t)(p - a);
	if (money_parse(a, c->alen, 0, &x->amount, &why))
		return NULL;
	x->is_return = x->amount < 0;
	if (c->kinded) {
		if (*p++ != c->delim)
			return NULL;
		if (memcmp(p, "return\n", 7) == 0)
			x->is_return = 1, p += 6;
		else if (memcmp(p, "purchase\n", 9) == 0)
			x->is_return = 0, p += 8;
	}
	if (*p != '\n')
		return NULL;
	if (x->is_return && x->amount > 0)
		x->amount = -x->amount;
	x->order = NULL;
	x->olen = 0;
	return p + 1;
}

/* The reader told of the lines taken since it last was. */
static void
took(struct canon_lines *c)
{
	reader_took(c->r, (size_t)(c->at - c->from), c->taken);
	c->from = c->at = c->end = NULL;
	c->taken = 0;
}

/* The next line as a transaction, or 0 for the reader to give a row. */
static int
scan(struct canon_lines *c, struct txn *x)
{
	if (c->at == c->end) {
		if (c->at != NULL)
			took(c);
		const char *p;
		size_t n = reader_lines(c->r, &p);
		if (n == 0)
			return 0;
		c->from = c->at = p;
		c->end = p + n;
	}
	const char *next = line(c, c->at, x);
	if (next == NULL) {
		took(c);
		return 0;
	}
	c->at = next;
	c->taken++;
	return 1;
}
#else
static int
scan(struct canon_lines *c, struct txn *x)
{
	(void)c;
	(void)x;
	return 0;
}
#endif

int
canon_lines_next(struct canon_lines *c, int fast, struct txn *x,
    const struct row **row)
{
	if (fast && c->scan && scan(c, x))
		return LINE_TXN;
	return (*row = reader_next(c->r)) != NULL ? LINE_ROW : LINE_END;
}

void
canon_lines_text(const struct canon_lines *c, const char **date,
    const char **amount, size_t *alen)
{
	*date = c->date;
	*amount = c->amount;
	*alen = c->alen;
}

void
canon_lines_close(struct canon_lines *c)
{
	free(c);
}
