#ifndef CRM_DAYS_H
#define CRM_DAYS_H

#include <stdint.h>

#include "pool.h"

/*
 * A customer's distinct purchase days, sorted, kept small: up to
 * DAYS_NEAR of them in the struct itself, as offsets from a base day, so
 * that a customer's row touches nothing else; one with more days, or
 * with a day more than 89 years from the base, has them in a pool of
 * one-word elements (pool.h) instead. 36 bytes, so that a customer's
 * sums and days fill one cache line. A zeroed struct days is empty.
 */
#define DAYS_NEAR 14
#define DAYS_POOLED UINT32_C(0x80000000)

struct days {
	uint32_t n;		/* how many, | DAYS_POOLED */
	int32_t at;		/* the base day, or when pooled the pool offset */
	int16_t near[DAYS_NEAR];	/* day - at */
};

/* How many days d holds. */
static inline uint32_t
days_count(const struct days *d)
{
	return d->n & ~DAYS_POOLED;
}

/* days_add's way for days that go to the pool, or are there. */
void days_add_pooled(struct days *d, struct pool *p, int32_t day);

/* day added to d, unless d has it; p is the pool of pooled days. Inline,
 * as it is called for most rows, and most rows end here. */
static inline void
days_add(struct days *d, struct pool *p, int32_t day)
{
	uint32_t n = d->n;	/* not pooled, so the count */

	if (n & DAYS_POOLED)
		goto pooled;
	if (n == 0) {
		d->at = day;
		d->near[0] = 0;
		d->n = 1;
		return;
	}
	int64_t off = (int64_t)day - d->at;
	if (off < INT16_MIN || off > INT16_MAX)
		goto pooled;
	int16_t v = (int16_t)off;
	uint32_t i = n;
	/* From the end, where a day in date order goes. */
	while (i > 0 && d->near[i - 1] > v)
		i--;
	if (i > 0 && d->near[i - 1] == v)
		return;
	if (n == DAYS_NEAR)
		goto pooled;
	for (uint32_t j = n; j > i; j--)
		d->near[j] = d->near[j - 1];
	d->near[i] = v;
	d->n = n + 1;
	return;
pooled:
	days_add_pooled(d, p, day);
}

/* The i-th day of d in date order, i < days_count(d). */
static inline int32_t
days_at(const struct days *d, const struct pool *p, uint32_t i)
{
	if (d->n & DAYS_POOLED)
		return (int32_t)(p->w[(uint32_t)d->at + i] ^ UINT32_C(0x80000000));
	return d->at + d->near[i];
}

/* How many days of d lie in [from, to); INT32_MIN (DAY_NONE) for no
 * bound. */
uint32_t days_between(const struct days *d, const struct pool *p,
    int32_t from, int32_t to);

/* The memory days_add will read for d, prefetched: of pooled days the
 * first and the end, where a day in date order goes, and a small block
 * whole, since a search in it reads its middle. */
static inline void
days_prefetch(const struct days *d, const struct pool *p)
{
	if (!(d->n & DAYS_POOLED))
		return;
	const uint32_t *w = p->w + (uint32_t)d->at;
	uint32_t n = days_count(d);
	for (uint32_t i = 0; i < n && i < 64; i += 16)
		__builtin_prefetch(w + i);
	__builtin_prefetch(w + n - 1);
}

#endif
