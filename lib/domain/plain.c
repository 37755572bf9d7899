#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "date.h"
#include "txn.h"

int
plain_init(struct plain_lines *pl, struct reader *r, int kinded)
{
	char d = reader_delim(r);

	memset(pl, 0, sizeof(*pl));
	pl->r = r;
	pl->delim = d;
	pl->kinded = kinded;
#ifdef __SSE2__
	/* A delimiter that can be part of a date or an amount would make
	 * those ambiguous; one of these is never plain. */
	return d != '"' && d != '\r' && d != '\n' && d != '-' && d != '.' &&
	    !(d >= '0' && d <= '9');
#else
	return 0;
#endif
}

#ifdef __SSE2__
static unsigned
mask(__m128i v, char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
}

/*
 * One line of customer_id, order_date, amount and, when kinded, kind,
 * none of them blank-padded, quoted or beyond ASCII, the id of up to 15
 * bytes: the end of the line, or NULL
 * for a line of any other form, which the general path then reads as it
 * always would, so that what is taken here is exactly what it would take.
 */
static const char *
line(struct plain_lines *pl, const char *p, struct txn *x)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)p);
	unsigned d = mask(v, pl->delim), bad = mask(v, '"') | mask(v, '\r') |
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
	pl->date = p;
	if (!date_iso(p, &x->day) || p[10] != pl->delim)
		return NULL;
	const char *a = p += 11;
	while (*p != pl->delim && *p != '\n')
		p++;
	pl->amount = a;
	pl->alen = (size_t)(p - a);
	if (money_parse(a, pl->alen, 0, &x->amount, &why))
		return NULL;
	x->is_return = x->amount < 0;
	if (pl->kinded) {
		if (*p++ != pl->delim)
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
#endif

/* The reader told of the lines taken since it last was. */
static void
took(struct plain_lines *pl)
{
	reader_took(pl->r, (size_t)(pl->at - pl->from), pl->taken);
	pl->from = pl->at = pl->end = NULL;
	pl->taken = 0;
}

int
plain_next(struct plain_lines *pl, struct txn *x)
{
#ifdef __SSE2__
	if (pl->at == pl->end) {
		if (pl->at != NULL)
			took(pl);
		const char *p;
		size_t n = reader_lines(pl->r, &p);
		if (n == 0)
			return 0;
		pl->from = pl->at = p;
		pl->end = p + n;
	}
	const char *next = line(pl, pl->at, x);
	if (next == NULL) {
		took(pl);
		return 0;
	}
	pl->at = next;
	pl->taken++;
	return 1;
#else
	(void)pl;
	(void)x;
	return 0;
#endif
}
