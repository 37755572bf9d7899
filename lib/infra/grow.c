#include "alloc.h"
#include "grow.h"
#include "hints.h"

size_t
grow_cap(size_t cap, size_t n)
{
	/* Past half of size_t, n itself: xreallocarray refuses what the
	 * bytes would overflow. */
	size_t c = cap > (size_t)-1 / 2 ? n : cap * 2;

	if (c < GROW_MIN)
		c = GROW_MIN;
	return c > n ? c : n;
}

void *
grow_array(void *p, size_t size, size_t n, size_t *cap)
{
	if (n <= *cap)
		return p;
	size_t old = *cap;
	*cap = grow_cap(*cap, n);
	p = xreallocarray(p, *cap, size);
	/* The new part, untouched, in 2 MB pages once it spans one: a
	 * million customers' ids otherwise fault in every 4 KB. */
	huge_pages((char *)p + old * size, (*cap - old) * size);
	return p;
}
