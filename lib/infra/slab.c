#include <stdlib.h>

#include "alloc.h"
#include "err.h"
#include "hints.h"
#include "slab.h"

#define ALIGN ((size_t)2 << 20)

void
slab_init(struct slab *s, size_t size)
{
	*s = (struct slab){ .size = size };
}

void
slab_room(struct slab *s, uint32_t i)
{
	if ((i >> SLAB_SHIFT) < s->nchunks)
		return;
	size_t bytes = SLAB_CHUNK * s->size;
	s->chunk = xreallocarray(s->chunk, s->nchunks + 1, sizeof(*s->chunk));
	s->raw = xreallocarray(s->raw, s->nchunks + 1, sizeof(*s->raw));
	char *raw = xmalloc(bytes + ALIGN);
	uintptr_t at = ((uintptr_t)raw + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
	huge_pages((void *)at, bytes);
	s->raw[s->nchunks] = raw;
	s->chunk[s->nchunks++] = (char *)at;
}

void
slab_free(struct slab *s)
{
	for (size_t i = 0; i < s->nchunks; i++)
		free(s->raw[i]);
	free(s->raw);
	free(s->chunk);
	slab_init(s, s->size);
}
