#ifndef CRM_GROW_H
#define CRM_GROW_H

#include <stddef.h>

/*
 * Arrays that grow as items come, in one way everywhere: the capacity
 * at least doubles (from GROW_MIN), so that n items cost O(n) copying
 * however they arrive; a size past what size_t counts is out of memory,
 * which dies through alloc.h ("out of memory", exit 4), never a short
 * array.
 *
 *	struct item *a = NULL;
 *	size_t n = 0, cap = 0;
 *	...
 *	GROW(a, n + 1, cap);
 *	a[n++] = x;
 */

#define GROW_MIN 16

/* The capacity that holds n items, for an array that holds cap (< n):
 * twice cap, or GROW_MIN, or n, whichever is largest. Allocates nothing:
 * for arrays side by side that share one capacity. */
size_t grow_cap(size_t cap, size_t n);

/* p (NULL, or from alloc.h with *cap items of size bytes) moved or grown
 * to hold at least n items, *cap set to the new capacity; the first
 * *cap items are kept, the rest not cleared (and asked for in 2 MB pages
 * where it spans whole ones, hints.h). Returns the array (p is not to be
 * used after); returns p itself when it already holds n. */
void *grow_array(void *p, size_t size, size_t n, size_t *cap);

/* Grows the array p (an lvalue of pointer type; cap a size_t lvalue) to
 * hold n items; the test costs a compare when it holds them already. A
 * macro: p, n and cap are evaluated more than once, so none may have a
 * side effect (no n++). */
#define GROW(p, n, cap) do { \
	if ((n) > (cap)) \
		(p) = grow_array((p), sizeof(*(p)), (n), &(cap)); \
} while (0)

#endif
