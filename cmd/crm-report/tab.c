#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "report.h"

struct tab *
tab_new(struct report *rp, const char *id, int level, const char *title)
{
	struct tab *t = xcalloc(1, sizeof(*t));

	t->id = id;
	t->level = level;
	t->title = xstrdup(title);
	GROW(rp->tab, rp->ntab + 1, rp->tabcap);
	rp->tab[rp->ntab++] = t;
	return t;
}

void
tab_col(struct tab *t, const char *key, const char *head, char align)
{
	size_t c = t->ncol++;

	if (t->ncol > t->colcap) {
		t->colcap = grow_cap(t->colcap, t->ncol);
		t->key = xreallocarray(t->key, t->colcap, sizeof(char *));
		t->head = xreallocarray(t->head, t->colcap, sizeof(char *));
		t->align = xrealloc(t->align, t->colcap);
	}
	t->key[c] = xstrdup(key);
	t->head[c] = xstrdup(head);
	t->align[c] = align;
}

/* A new row of empty cells; columns come before rows. */
size_t
tab_row(struct tab *t)
{
	if (t->nrow == t->cap) {
		t->cap = grow_cap(t->cap, t->nrow + 1);
		t->cell = xreallocarray(t->cell, t->cap * t->ncol,
		    sizeof(char *));
		t->mark = xrealloc(t->mark, t->cap * t->ncol);
	}
	memset(t->cell + t->nrow * t->ncol, 0, t->ncol * sizeof(char *));
	memset(t->mark + t->nrow * t->ncol, 0, t->ncol);
	return t->nrow++;
}

/* Takes cell, which may be NULL. */
void
tab_set(struct tab *t, size_t r, size_t c, char *cell)
{
	free(t->cell[r * t->ncol + c]);
	t->cell[r * t->ncol + c] = cell;
}

static int
is_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	s += strspn(s, "0123456789");
	if (*s == '.')
		s += 1 + strspn(s + 1, "0123456789");
	return *s == '\0';
}

/* Control characters from the data would move a terminal's cursor. */
void
clean(char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7F)
			*s = ' ';
}

/* A cell as people read it: "-" for nothing, numbers in groups of three. */
char *
tab_show(const struct tab *t, size_t r, size_t c)
{
	const char *s = t->cell[r * t->ncol + c];

	if (s == NULL)
		return xstrdup("-");
	if (t->align[c] != AL_NUM || !is_number(s)) {
		char *o = xstrdup(s);
		clean(o);
		return o;
	}
	size_t sign = *s == '-', digits = strspn(s + sign, "0123456789");
	char *o = xmalloc(strlen(s) + digits / 3 + 1), *p = o;
	if (sign)
		*p++ = '-';
	for (size_t i = 0; i < digits; i++) {
		if (i > 0 && (digits - i) % 3 == 0)
			*p++ = ',';
		*p++ = s[sign + i];
	}
	strcpy(p, s + sign + digits);
	return o;
}

void
doc_write(struct strbuf *b, struct writer *w)
{
	writer_unquoted(w, b->s ? b->s : "", b->len);
	strbuf_free(b);
}

char *
xsprintf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die(EXIT_INTERNAL, "bad format");
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* The code point at s, or a bad byte as itself; *k its length. */
static unsigned
decode(const unsigned char *s, size_t n, size_t *k)
{
	unsigned c = s[0];
	size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

	*k = 1;
	if (c < 0x80 || len > n)
		return c;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return c;
	*k = len;
	c &= 0x7F >> len;
	for (size_t i = 1; i < len; i++)
		c = c << 6 | (s[i] & 0x3F);
	return c;
}

/* Columns a code point takes on a terminal: East Asian wide and
 * fullwidth forms take two, combining marks none. */
static size_t
cwidth(unsigned c)
{
	static const unsigned wide[][2] = {
		{ 0x1100, 0x115F }, { 0x2E80, 0x303E }, { 0x3041, 0x33FF },
		{ 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF },
		{ 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE30, 0xFE4F },
		{ 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x1F300, 0x1F64F },
		{ 0x1F900, 0x1F9FF }, { 0x20000, 0x3FFFD },
	};

	if ((c >= 0x0300 && c <= 0x036F) || c == 0x200B ||
	    (c >= 0xFE00 && c <= 0xFE0F))
		return 0;
	for (size_t i = 0; i < sizeof(wide) / sizeof(wide[0]); i++)
		if (c >= wide[i][0] && c <= wide[i][1])
			return 2;
	return 1;
}

size_t
dwidth(const char *s, size_t n)
{
	size_t w = 0, k;

	for (size_t i = 0; i < n; i += k)
		w += cwidth(decode((const unsigned char *)s + i, n - i, &k));
	return w;
}

/* How many bytes of s fit in width columns, cut between characters. */
size_t
dcut(const char *s, size_t n, size_t width)
{
	size_t w = 0, i = 0, k;

	while (i < n) {
		size_t cw = cwidth(decode((const unsigned char *)s + i, n - i,
		    &k));
		if (w + cw > width)
			break;
		w += cw;
		i += k;
	}
	return i;
}

char *
fmt_money(money v, int decimals)
{
	char buf[48];

	money_format(v, decimals, buf);
	return xstrdup(buf);
}

char *
fmt_size(size_t v)
{
	return xsprintf("%zu", v);
}

/* part / whole in percent, two decimals; NULL when whole is not above 0. */
char *
fmt_pct(__int128 part, __int128 whole)
{
	if (whole <= 0)
		return NULL;
	return fmt_money(money_ratio(part * 100, whole, 10000), 2);
}

/* sum (millionths) / n with the decimals given; NULL for no n. */
char *
fmt_mean(__int128 sum, size_t n, int decimals)
{
	int64_t unit = MONEY_SCALE;

	if (n == 0)
		return NULL;
	for (int i = 0; i < decimals; i++)
		unit /= 10;
	return fmt_money(money_ratio(sum, (__int128)n * MONEY_SCALE, unit), decimals);
}
