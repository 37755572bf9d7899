#include <sys/mman.h>

#include "err.h"
#include "hints.h"
#include "slab.h"

#define STEP ((size_t)2 << 20)
/* The least reservation worth having where the system grants little
 * (a limit on address space): past it, out of memory. */
#define LEAST ((size_t)64 << 20)

void
slab_init(struct slab *s, size_t size, size_t max)
{
	*s = (struct slab){ .size = size, .max = max };
}

/* Address space for the records, none of it memory yet: PROT_NONE and
 * unreserved, so that neither overcommit nor the system's accounting
 * counts it until slab_room opens it. Where the system grants less (a
 * limit on address space), half as much, down to LEAST. */
static void
reserve(struct slab *s)
{
	size_t limit = (SIZE_MAX / 4) / s->size;
	size_t want = (s->max < limit ? s->max : limit) * s->size;
	void *p;

	want = (want + STEP - 1) / STEP * STEP;
	while ((p = mmap(NULL, want + STEP, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)) == MAP_FAILED) {
		if (want <= LEAST)
			die(EXIT_INTERNAL, "out of memory");
		want = want / 2 < LEAST ? LEAST : want / 2;
	}
	s->map = p;
	s->maplen = want + STEP;
	s->base = (char *)(((uintptr_t)p + STEP - 1) & ~(STEP - 1));
	s->reserved = want;
	/* The first 2 MB in small pages: a small table costs little. */
	if (want > STEP)
		huge_pages(s->base + STEP, want - STEP);
}

void
slab_room(struct slab *s, size_t i)
{
	if (i < s->room)
		return;
	if (s->base == NULL)
		reserve(s);
	if (i >= s->max || i >= s->reserved / s->size)
		die(EXIT_INTERNAL, "out of memory");
	while (i >= s->room) {
		/* A step at a time, or an eighth more, so that the calls are
		 * few and what is opened is soon used. */
		size_t bytes = s->room * s->size, more = bytes / 8;
		more = more < STEP ? STEP : (more + STEP - 1) / STEP * STEP;
		if (more > s->reserved - bytes)
			more = s->reserved - bytes;
		if (mprotect(s->base + bytes, more, PROT_READ | PROT_WRITE))
			die(EXIT_INTERNAL, "out of memory");
		s->room = (bytes + more) / s->size;
		if (s->room > s->max)
			s->room = s->max;
	}
}

void
slab_free(struct slab *s)
{
	if (s->map)
		munmap(s->map, s->maplen);
	slab_init(s, s->size, s->max);
}
