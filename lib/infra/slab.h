#ifndef CRM_SLAB_H
#define CRM_SLAB_H

#include <stddef.h>
#include <stdint.h>

/*
 * Records of one size numbered from 0, in chunks of SLAB_CHUNK records,
 * each chunk aligned to 2 MB (and given huge pages where the system has
 * them): growing moves no record, so a pointer to one stays good, and a
 * record whose size divides 2 MB never straddles two cache lines.
 */
#define SLAB_SHIFT 15
#define SLAB_CHUNK ((uint32_t)1 << SLAB_SHIFT)

struct slab {
	char **chunk;		/* aligned */
	void **raw;		/* as allocated, to free */
	size_t nchunks, size;
};

/* An empty slab of records of size bytes. */
void slab_init(struct slab *s, size_t size);

/* Record i, which slab_room made room for. */
static inline void *
slab_at(const struct slab *s, uint32_t i)
{
	return s->chunk[i >> SLAB_SHIFT] + (size_t)(i & (SLAB_CHUNK - 1)) *
	    s->size;
}

/* Room for record i, at most one past the last with room: a new chunk
 * when i starts one. Its bytes are the caller's to set. */
void slab_room(struct slab *s, uint32_t i);

/* Every chunk freed; s is empty, as slab_init left it. */
void slab_free(struct slab *s);

#endif
