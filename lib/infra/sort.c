#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "alloc.h"
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

/*
 * Orders key[] ascending and idx[] (when not NULL) along with it, stably:
 * a least-significant-digit radix sort on bytes. One pass counts all
 * eight bytes; the bytes all keys share (small counts and sums leave most
 * of them alike) are skipped.
 */
void
sort_by_key(int64_t *key, uint32_t *idx, size_t n)
{
	static const uint64_t flip = UINT64_C(0x8000000000000000);
	size_t (*count)[256] = xcalloc(8, sizeof(*count));
	/* In key's own memory, flipped so that unsigned order is signed. */
	uint64_t *k = (uint64_t *)key, *k0 = k;
	uint64_t *k2 = xarray_huge(n ? n : 1, sizeof(uint64_t));
	uint32_t *i1 = idx, *i2 = NULL;

	if (idx)
		i2 = xarray_huge(n ? n : 1, sizeof(uint32_t));
	for (size_t j = 0; j < n; j++) {
		k[j] = (uint64_t)key[j] ^ flip;
		for (int b = 0; b < 8; b++)
			count[b][k[j] >> (8 * b) & 0xFF]++;
	}
	for (int b = 0; b < 8 && n > 0; b++) {
		int shift = 8 * b;
		size_t *c = count[b], at = 0;
		if (c[k[0] >> shift & 0xFF] == n)
			continue;
		for (int v = 0; v < 256; v++) {
			size_t m = c[v];
			c[v] = at;
			at += m;
		}
		for (size_t j = 0; j < n; j++) {
			size_t to = c[k[j] >> shift & 0xFF]++;
			k2[to] = k[j];
			if (i1)
				i2[to] = i1[j];
		}
		uint64_t *tk = k;
		k = k2;
		k2 = tk;
		uint32_t *ti = i1;
		i1 = i2;
		i2 = ti;
	}
	for (size_t j = 0; j < n; j++)
		key[j] = (int64_t)(k[j] ^ flip);
	if (idx && i1 != idx) {
		memcpy(idx, i1, n * sizeof(uint32_t));
		i2 = i1;
	}
	free(i2);
	free(k == k0 ? k2 : k);
	free(count);
}

static int
all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/*
 * Customer ids: all-digit ids first, in numeric order (9 before 10; 007
 * before 7, which it equals), then the others byte by byte. A total order,
 * so sorting by it gives the same result from any input order.
 */
int
id_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int ad = all_digits(a, an), bd = all_digits(b, bn);

	if (ad != bd)
		return ad ? -1 : 1;
	if (ad) {
		const char *x = a, *y = b;
		size_t xn = an, yn = bn;
		while (xn > 1 && *x == '0') {
			x++;
			xn--;
		}
		while (yn > 1 && *y == '0') {
			y++;
			yn--;
		}
		if (xn != yn)
			return xn < yn ? -1 : 1;
		int c = memcmp(x, y, xn);
		if (c != 0)
			return c;
	}
	int c = memcmp(a, b, an < bn ? an : bn);
	if (c != 0 || an == bn)
		return c;
	return an < bn ? -1 : 1;
}

/* A 64-bit key in id_cmp's order wherever two keys differ, within its
 * kind: numbers of up to 18 digits by value; other ids by their first
 * eight bytes (flipped so that signed order is byte order). */
static int64_t
id_key(const char *s, size_t n, int number)
{
	if (number) {
		while (n > 1 && *s == '0') {
			s++;
			n--;
		}
		if (n > 18)
			return INT64_MAX;
		int64_t v = 0;
		for (size_t i = 0; i < n; i++)
			v = v * 10 + (s[i] - '0');
		return v;
	}
	uint64_t k = 0;
	for (size_t i = 0; i < 8; i++)
		k = k << 8 | (i < n ? (unsigned char)s[i] : 0);
	return (int64_t)(k ^ UINT64_C(0x8000000000000000));
}

struct idctx {
	const char *base;
	size_t size;
};

static struct id_ref
ref(const struct idctx *c, uint32_t i)
{
	struct id_ref r;

	memcpy(&r, c->base + (size_t)i * c->size, sizeof(r));
	return r;
}

static int
by_id(const void *a, const void *b, void *ctx)
{
	struct id_ref x = ref(ctx, *(const uint32_t *)a);
	struct id_ref y = ref(ctx, *(const uint32_t *)b);

	return id_cmp(x.id, x.len, y.id, y.len);
}

/* Sorts idx[0..n) (all of one kind) by key, then by id_cmp where keys tie. */
static void
sort_kind(const struct idctx *ctx, uint32_t *idx, size_t n, int number)
{
	int64_t *key = xarray_huge(n ? n : 1, sizeof(int64_t));

	for (size_t i = 0; i < n; i++) {
		struct id_ref r = ref(ctx, idx[i]);
		key[i] = id_key(r.id, r.len, number);
	}
	sort_by_key(key, idx, n);
	for (size_t j = 0, end; j < n; j = end) {
		for (end = j + 1; end < n && key[end] == key[j]; end++)
			;
		if (end - j > 1)
			msort(idx + j, end - j, sizeof(uint32_t), by_id,
			    (void *)ctx);
	}
	free(key);
}

/* The order of the records' ids under id_cmp, as indexes: all-digit ids
 * first, each kind radix-sorted on a key, id_cmp settling the (rare)
 * equal keys. */
uint32_t *
sort_ids(const void *base, size_t size, size_t n)
{
	uint32_t *idx = xarray_huge(n ? n : 1, sizeof(uint32_t));
	struct idctx ctx = { base, size };
	size_t numbers = 0, other = n;

	for (size_t i = 0; i < n; i++) {
		struct id_ref r = ref(&ctx, (uint32_t)i);
		if (all_digits(r.id, r.len))
			idx[numbers++] = (uint32_t)i;
	}
	for (size_t i = n; i-- > 0;) {
		struct id_ref r = ref(&ctx, (uint32_t)i);
		if (!all_digits(r.id, r.len))
			idx[--other] = (uint32_t)i;
	}
	sort_kind(&ctx, idx, numbers, 1);
	sort_kind(&ctx, idx + numbers, n - numbers, 0);
	return idx;
}
