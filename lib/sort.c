#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "err.h"
#include "sort.h"

struct ms {
	char *tmp;
	size_t size;
	int (*cmp)(const void *, const void *, void *);
	void *ctx;
};

static void
merge(struct ms *m, char *a, size_t n)
{
	size_t sz = m->size;

	if (n < 2)
		return;
	if (n <= 8) {
		/* Insertion sort: stable, and cheaper than recursing. */
		for (size_t i = 1; i < n; i++) {
			size_t j = i;
			memcpy(m->tmp, a + i * sz, sz);
			while (j > 0 && m->cmp(a + (j - 1) * sz, m->tmp, m->ctx) > 0) {
				memcpy(a + j * sz, a + (j - 1) * sz, sz);
				j--;
			}
			memcpy(a + j * sz, m->tmp, sz);
		}
		return;
	}
	size_t h = n / 2;
	char *b = a + h * sz;
	merge(m, a, h);
	merge(m, b, n - h);
	if (m->cmp(b - sz, b, m->ctx) <= 0)
		return;
	memcpy(m->tmp, a, h * sz);
	char *l = m->tmp, *le = m->tmp + h * sz, *r = b, *re = a + n * sz, *o = a;
	while (l < le && r < re) {
		if (m->cmp(r, l, m->ctx) < 0) {
			memcpy(o, r, sz);
			r += sz;
		} else {
			memcpy(o, l, sz);
			l += sz;
		}
		o += sz;
	}
	memcpy(o, l, (size_t)(le - l));
}

void
msort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *ctx)
{
	struct ms m = { NULL, size, cmp, ctx };

	if (n < 2)
		return;
	m.tmp = xreallocarray(NULL, n / 2 + 1, size);
	merge(&m, base, n);
	free(m.tmp);
}

static int
all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/* Customer ids: numbers compare as numbers (leading zeros aside), anything
 * else byte by byte, so 9 < 10 and the order is the same everywhere. */
int
id_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	if (all_digits(a, an) && all_digits(b, bn)) {
		while (an > 1 && *a == '0') {
			a++;
			an--;
		}
		while (bn > 1 && *b == '0') {
			b++;
			bn--;
		}
		if (an != bn)
			return an < bn ? -1 : 1;
	}
	int c = memcmp(a, b, an < bn ? an : bn);
	if (c != 0 || an == bn)
		return c;
	return an < bn ? -1 : 1;
}
