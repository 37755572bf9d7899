#ifndef CRM_SLAB_H
#define CRM_SLAB_H

#include <stddef.h>
#include <stdint.h>

/*
 * Records of one size numbered from 0, in one array that grows without
 * copying: it lies in a range of address space reserved ahead (PROT_NONE,
 * no memory; 64 KB at first), opened 2 MB or an eighth more at a time;
 * a full range is swapped for one twice as large, the records' pages
 * moved there by the kernel (mremap), not copied. So growing never holds
 * the array twice, and a record whose size divides 2 MB never straddles
 * two cache lines. Past its first 2 MB the array is asked for in 2 MB
 * pages (hints.h): a million customers' records otherwise cost a page
 * fault each 4 KB.
 * Memory is what the records touched, not what was reserved; address
 * space is at most about twice that, so a limit on it (ulimit -v) is
 * met as by any other allocation.
 */
struct slab {
	char *base;		/* 2 MB aligned from 2 MB reserved on;
				 * NULL before the first room */
	size_t size;		/* of a record */
	size_t room;		/* records usable */
	size_t max;		/* records wanted at most */
	size_t open;		/* bytes from base that may be used */
	size_t reserved;	/* bytes from base reserved */
	void *map;		/* the reservation, to unmap */
	size_t maplen;
};

/* An empty slab of records of size bytes (a power of two up to 2 MB),
 * for at most max of them. Takes nothing yet. */
void slab_init(struct slab *s, size_t size, size_t max);

/* Record i, which slab_room made room for; good until the next
 * slab_room that grows the slab, which may move the records. */
static inline void *
slab_at(const struct slab *s, size_t i)
{
	return s->base + i * s->size;
}

/* Room for records 0 to i, i < the slab's max; new room reads as
 * zeros, and the records may move (their contents kept). Out of memory
 * or address space dies (exit 4). */
void slab_room(struct slab *s, size_t i);

/* The records as an array, good until the next slab_room or slab_free;
 * NULL before the first slab_room. */
static inline void *
slab_array(const struct slab *s)
{
	return s->base;
}

/* Every record freed; s is empty, as slab_init left it. */
void slab_free(struct slab *s);

#endif
