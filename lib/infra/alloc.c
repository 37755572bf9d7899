#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "hints.h"

void *
alloc_or_die(void *p)
{
	if (p == NULL)
		die(EXIT_INTERNAL, "out of memory");
	return p;
}

void *
xmalloc(size_t n)
{
	return alloc_or_die(malloc(n ? n : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return alloc_or_die(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t n)
{
	return alloc_or_die(realloc(p, n ? n : 1));
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > (size_t)-1 / size)
		die(EXIT_INTERNAL, "out of memory");
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void *
xarray_huge(size_t n, size_t size)
{
	const size_t huge = (size_t)2 << 20;

	if (size && n > ((size_t)-1 - huge) / size)
		die(EXIT_INTERNAL, "out of memory");
	size_t bytes = n * size;
	if (bytes < huge)
		return xmalloc(bytes);
	/* Whole 2 MB pages: the ends of an array that is not aligned to
	 * them would fault in every 4 KB. */
	bytes = (bytes + huge - 1) / huge * huge;
	void *p = alloc_or_die(aligned_alloc(huge, bytes));
	huge_pages(p, bytes);
	return p;
}

void *
xaligned_line(size_t size)
{
	size_t n = size > (size_t)-1 - 63 ? 0 : (size + 63) / 64 * 64;
	void *p = alloc_or_die(size > n ? NULL : aligned_alloc(64, n ? n : 64));

	return memset(p, 0, n ? n : 64);
}
