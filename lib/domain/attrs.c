#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "attrs.h"
#include "date.h"
#include "grow.h"
#include "htab.h"
#include "reader.h"

#define NONE UINT32_MAX

/* A customer's value of one column. */
struct held {
	int32_t day;
	uint32_t val;		/* in the column's values, or NONE */
};

struct attrs {
	size_t ncols;
	struct htab *ids;	/* customer number by id */
	struct htab **vals;	/* per column, its distinct values */
	struct held *held;	/* customer c's column k at c * ncols + k */
	uint8_t *changed;	/* likewise: a second value was seen */
	size_t cap;		/* of held and changed, in customers */
	size_t *nchanged;	/* per column */
};

struct attrs *
attrs_new(size_t ncols)
{
	struct attrs *a = xcalloc(1, sizeof(*a));

	a->ncols = ncols ? ncols : 1;
	a->ids = htab_new();
	a->vals = xcalloc(a->ncols, sizeof(*a->vals));
	a->nchanged = xcalloc(a->ncols, sizeof(size_t));
	for (size_t k = 0; k < a->ncols; k++)
		a->vals[k] = htab_new();
	return a;
}

/* Most rows repeat the value their customer has: no lookup for them. */
static int
same(const struct htab *vals, uint32_t v, const char *s, size_t n)
{
	size_t len;
	const char *held = htab_key(vals, v, &len);

	return len == n && memcmp(held, s, n) == 0;
}

void
attrs_add(struct attrs *a, const char *id, size_t len, int32_t day,
    char *const *val, const size_t *vlen)
{
	int added;
	uint32_t c = htab_intern(a->ids, id, len, &added);

	if (added) {
		if (c == a->cap) {
			size_t cap = grow_cap(a->cap, (size_t)c + 1);
			a->held = xreallocarray(a->held, cap * a->ncols,
			    sizeof(*a->held));
			a->changed = xreallocarray(a->changed, cap * a->ncols, 1);
			a->cap = cap;
		}
		for (size_t k = 0; k < a->ncols; k++) {
			a->held[c * a->ncols + k] = (struct held){ DAY_NONE, NONE };
			a->changed[c * a->ncols + k] = 0;
		}
	}
	for (size_t k = 0; k < a->ncols; k++) {
		const char *s = val[k];
		size_t n = vlen[k];
		field_trim(&s, &n);
		if (n == 0)
			continue;
		struct held *h = &a->held[c * a->ncols + k];
		if (h->val != NONE && same(a->vals[k], h->val, val[k], vlen[k])) {
			if (day > h->day)
				h->day = day;
			continue;
		}
		uint32_t v = htab_intern(a->vals[k], val[k], vlen[k], NULL);
		if (h->val != NONE && h->val != v && !a->changed[c * a->ncols + k]) {
			a->changed[c * a->ncols + k] = 1;
			a->nchanged[k]++;
		}
		if (h->val == NONE || day >= h->day)
			*h = (struct held){ day, v };
	}
}

int64_t
attrs_find(const struct attrs *a, const char *id, size_t len)
{
	return htab_find(a->ids, id, len);
}

void
attrs_put(struct writer *w, const struct attrs *a, int64_t c)
{
	size_t len;

	for (size_t k = 0; k < a->ncols; k++) {
		uint32_t v = c < 0 ? NONE : a->held[(size_t)c * a->ncols + k].val;
		if (v == NONE)
			writer_field(w, "", 0);
		else {
			const char *s = htab_key(a->vals[k], v, &len);
			writer_field(w, s, len);
		}
	}
}

size_t
attrs_changed(const struct attrs *a, size_t k)
{
	return a->nchanged[k];
}

void
attrs_free(struct attrs *a)
{
	htab_free(a->ids);
	for (size_t k = 0; k < a->ncols; k++)
		htab_free(a->vals[k]);
	free(a->vals);
	free(a->held);
	free(a->changed);
	free(a->nchanged);
	free(a);
}
