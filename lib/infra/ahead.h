#ifndef CRM_AHEAD_H
#define CRM_AHEAD_H

#include <stddef.h>

/*
 * A loop over items that each miss the cache several times, one miss
 * after the other (a slot of a hash table, then the record it names,
 * then memory the record points to): the work of an item is cut into
 * steps, each of which prefetches what the next one reads, and step s
 * runs AHEAD_BY * s items behind step 0. The misses of AHEAD_BY items
 * are then under way at once, and go out evenly: a burst of them would
 * overflow the CPU's queue of misses, which then drops some.
 *
 * The loop, for n items in nsteps steps:
 *
 *	for (size_t k = 0; k < ahead_rounds(n, nsteps); k++) {
 *		if (ahead_item(k, 0, n, &i)) step 0 of item i;
 *		if (ahead_item(k, 1, n, &i)) step 1 of item i;
 *		...
 *	}
 *
 * which runs every step of every item once, step s of item i after
 * step s - 1 of item i and after step s of item i - 1. The steps are
 * the caller's own code, so that the compiler sees them whole.
 */
#define AHEAD_BY 8

/* The rounds of the loop: n, and the lag of the last step behind the
 * first. */
static inline size_t
ahead_rounds(size_t n, unsigned nsteps)
{
	return n + (size_t)(nsteps - 1) * AHEAD_BY;
}

/* Whether step s has an item in round k of a loop over n, and which. */
static inline int
ahead_item(size_t k, unsigned s, size_t n, size_t *i)
{
	size_t behind = (size_t)s * AHEAD_BY;

	*i = k - behind;
	return k >= behind && k - behind < n;
}

#endif
