#ifndef CRM_ALLOC_H
#define CRM_ALLOC_H

#include <stddef.h>

/*
 * Allocation that cannot fail for the caller: out of memory is a fatal
 * error (die, "out of memory", exit 4), so no caller checks for NULL. A
 * request for zero bytes still returns a pointer of its own. What these
 * return is the caller's, freed with free().
 */

/* malloc(n); the bytes are not cleared. */
void *xmalloc(size_t n);

/* calloc(n, size): n items of size bytes, cleared; a product that
 * overflows size_t is out of memory. */
void *xcalloc(size_t n, size_t size);

/* realloc(p, n): p (NULL or from these calls) moved or grown to n bytes,
 * its first bytes kept; p is not to be used after. */
void *xrealloc(void *p, size_t n);

/* xrealloc(p, n * size), where a product that overflows size_t is out
 * of memory. */
void *xreallocarray(void *p, size_t n, size_t size);

/* xreallocarray(NULL, n, size), not cleared, for a large array (one
 * item per customer): from 2 MB on, whole 2 MB pages, aligned to them
 * and asked for (hints.h) before the first touch, as a million
 * customers' arrays otherwise cost a page fault each 4 KB, and a TLB
 * miss a row when read at random. Not for xrealloc. */
void *xarray_huge(size_t n, size_t size);

/* size bytes, cleared, on cache lines of their own (64 bytes aligned,
 * the last padded): for the state one thread writes at every row while
 * another thread writes its own, which on a shared line would make each
 * write wait for the other core (false sharing). Freed with free(). */
void *xaligned_line(size_t size);

/* A copy of the string s. */
char *xstrdup(const char *s);

/* A copy of s[0..n) and a NUL after it: all n bytes, a NUL among them
 * included, since callers keep the length. */
char *xstrndup(const char *s, size_t n);

/* p itself, for an allocation made elsewhere (a lower layer's, which
 * returns NULL for out of memory); NULL dies as the calls above do. */
void *alloc_or_die(void *p);

#endif
