#ifndef CRM_POOL_H
#define CRM_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "slab.h"

/*
 * Many small sorted sets of integers (a customer's purchase days, or the
 * hashes of its order ids) in one pool of 32-bit words, in blocks of 2,
 * 4, 8... elements. A block outgrown goes on the stack of free blocks of
 * its size, for the next set that grows to it; the stacks are arrays of
 * their own, since a free list kept in the blocks would cost a cache miss
 * on every reuse. A set is three words its owner keeps where it likes.
 * An element is one word (width 1) or two (width 2, low word first), and
 * the sets are in ascending order of element.
 */
struct pool_stack {
	uint32_t *v;
	size_t n, cap;
};

struct pool {
	uint32_t *w;		/* the words (NULL until the first block) */
	struct slab words;	/* where they are, grown without a copy */
	size_t n;
	struct pool_stack free[32];
	int width;		/* words per element: 1 or 2 */
};

/* A set: len elements from word off, in a block of cap elements (0: none
 * yet, the set is empty). */
struct set {
	uint32_t off, len, cap;
};

/* An empty pool of elements of width words. */
void pool_init(struct pool *p, int width);

/* Its memory given back; p is as pool_init left it but for the width. */
void pool_free(struct pool *p);

/* The offset of a block of cap elements, cap a power of two: a freed one
 * of that size, else new at the end (the pool grows, and p->w may move).
 * Dies past 4 G words. */
uint32_t pool_alloc(struct pool *p, uint32_t cap);

/* The block at off, of cap elements, free for pool_alloc to give again. */
void pool_release(struct pool *p, uint32_t off, uint32_t cap);

/* v added to s, which stays sorted; nothing when s has it. An element
 * after the last appends without a search, as input in order does. */
void set_add(struct pool *p, struct set *s, uint64_t v);

/* The index in s of its first element not below v (s->len: none). */
uint32_t set_lower(const struct pool *p, const struct set *s, uint64_t v);

#endif
