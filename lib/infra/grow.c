#include "alloc.h"
#include "grow.h"

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
	*cap = grow_cap(*cap, n);
	return xreallocarray(p, *cap, size);
}
