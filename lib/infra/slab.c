#include <string.h>
#include <sys/mman.h>

#include "err.h"
#include "hints.h"
#include "slab.h"

#define STEP ((size_t)2 << 20)
/* The first reservation, and the unit of those below 2 MB: a small
 * table holds no more address space than it needs (under ulimit -v,
 * every megabyte counts, and a tool may keep a table per column). */
#define FIRST ((size_t)64 << 10)

void
slab_init(struct slab *s, size_t size, size_t max)
{
	*s = (struct slab){ .size = size, .max = max };
}

static void
oom(void)
{
	die(EXIT_INTERNAL, "out of memory");
}

/* Moves the open pages at from (bytes of them) to to, which is reserved:
 * by the kernel where it can, else by a copy. */
static void
move_pages(char *from, char *to, size_t bytes)
{
	if (bytes == 0)
		return;
#ifdef MREMAP_FIXED
	if (mremap(from, bytes, bytes, MREMAP_MAYMOVE | MREMAP_FIXED, to) == to)
		return;
#endif
	if (mprotect(to, bytes, PROT_READ | PROT_WRITE) != 0)
		oom();
	memcpy(to, from, bytes);
}

/* The bytes of the most records, and at most a quarter of what size_t
 * counts, which keeps every sum of bytes below from overflowing. */
static size_t
most(const struct slab *s)
{
	return s->max > (SIZE_MAX / 4) / s->size ? SIZE_MAX / 4 :
	    s->max * s->size;
}

/* A range of at least bytes (and twice the last, up to the max) for the
 * records: none of it memory until slab_room opens it, as it is
 * PROT_NONE and unreserved. The open pages move there. */
static void
reserve(struct slab *s, size_t bytes)
{
	size_t want = s->reserved ? s->reserved * 2 : FIRST;

	if (want < bytes)
		want = bytes;
	if (want > most(s))
		want = most(s);
	/* Below 2 MB, in small pages where the kernel puts them; from
	 * there, aligned to 2 MB pages, the first of them in small pages:
	 * a small table costs little. */
	size_t pad = want < STEP ? 0 : STEP;
	size_t unit = pad ? STEP : FIRST;
	want = (want + unit - 1) / unit * unit;
	void *p = mmap(NULL, want + pad, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		oom();
	char *base = p;
	if (pad)
		base = (char *)(((uintptr_t)p + STEP - 1) & ~(STEP - 1));
	if (want > STEP)
		huge_pages(base + STEP, want - STEP);
	move_pages(s->base, base, s->open);
	if (s->map)
		munmap(s->map, s->maplen);
	s->map = p;
	s->maplen = want + pad;
	s->base = base;
	s->reserved = want;
}

void
slab_room(struct slab *s, size_t i)
{
	if (i < s->room)
		return;
	if (i >= most(s) / s->size)
		oom();
	/* Where record i ends, opened a step at a time or an eighth more,
	 * so that the calls are few and what is opened is soon used. */
	size_t need = (i + 1) * s->size, more = s->open / 8;
	more = more < STEP ? STEP : (more + STEP - 1) / STEP * STEP;
	if (s->open + more < need)
		more = (need - s->open + STEP - 1) / STEP * STEP;
	if (need > s->reserved)
		reserve(s, need);
	if (more > s->reserved - s->open)
		more = s->reserved - s->open;
	if (mprotect(s->base + s->open, more, PROT_READ | PROT_WRITE))
		oom();
	s->open += more;
	s->room = s->open / s->size < s->max ? s->open / s->size : s->max;
}

void
slab_free(struct slab *s)
{
	if (s->map)
		munmap(s->map, s->maplen);
	slab_init(s, s->size, s->max);
}
