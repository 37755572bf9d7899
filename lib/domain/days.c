#include "days.h"

/* A day as a pool element, whose unsigned order is the days' order (and
 * days_at's reading of it). */
static uint64_t
key(int32_t day)
{
	return (uint32_t)day ^ UINT32_C(0x80000000);
}

static int
pooled(const struct days *d)
{
	return (d->n & DAYS_POOLED) != 0;
}

/* The block of a pooled set of n days. */
static uint32_t
block(uint32_t n)
{
	uint32_t cap = 16;

	while (cap < n)
		cap *= 2;
	return cap;
}

static struct set
pooled_set(const struct days *d)
{
	uint32_t n = days_count(d);

	return (struct set){ (uint32_t)d->at, n, block(n) };
}

/* The days into the pool, with room for one more. */
static void
spill(struct days *d, struct pool *p)
{
	uint32_t n = days_count(d), off = pool_alloc(p, block(n + 1));

	for (uint32_t i = 0; i < n; i++)
		p->w[off + i] = (uint32_t)key(d->at + d->near[i]);
	d->at = (int32_t)off;
	d->n = n | DAYS_POOLED;
}

void
days_add_pooled(struct days *d, struct pool *p, int32_t day)
{
	if (!pooled(d))
		spill(d, p);
	struct set s = pooled_set(d);
	set_add(p, &s, key(day));
	d->at = (int32_t)s.off;
	d->n = s.len | DAYS_POOLED;
}

uint32_t
days_between(const struct days *d, const struct pool *p, int32_t from,
    int32_t to)
{
	uint32_t n = days_count(d), k = 0;

	if (from == INT32_MIN && to == INT32_MIN)
		return n;
	if (pooled(d)) {
		struct set s = pooled_set(d);
		uint32_t hi = to == INT32_MIN ? n : set_lower(p, &s, key(to));
		uint32_t lo = from == INT32_MIN ? 0 : set_lower(p, &s, key(from));
		return hi - lo;
	}
	for (uint32_t i = 0; i < n; i++) {
		int32_t day = d->at + d->near[i];
		k += (from == INT32_MIN || day >= from) &&
		    (to == INT32_MIN || day < to);
	}
	return k;
}
