#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "grow.h"
#include "pool.h"

void
pool_init(struct pool *p, int width)
{
	memset(p, 0, sizeof(*p));
	p->width = width;
	slab_init(&p->words, sizeof(uint32_t), UINT32_MAX);
}

void
pool_free(struct pool *p)
{
	int width = p->width;

	slab_free(&p->words);
	for (int i = 0; i < 32; i++)
		free(p->free[i].v);
	pool_init(p, width);
}

uint32_t
pool_alloc(struct pool *p, uint32_t cap)
{
	struct pool_stack *st = &p->free[__builtin_ctz(cap)];
	size_t words = (size_t)cap * (size_t)p->width;

	if (st->n > 0)
		return st->v[--st->n];
	if (p->n + words > UINT32_MAX)
		die(EXIT_INTERNAL, "too many distinct purchase days or orders");
	slab_room(&p->words, p->n + words - 1);
	p->w = slab_array(&p->words);
	uint32_t off = (uint32_t)p->n;
	p->n += words;
	return off;
}

void
pool_release(struct pool *p, uint32_t off, uint32_t cap)
{
	struct pool_stack *st = &p->free[__builtin_ctz(cap)];

	GROW(st->v, st->n + 1, st->cap);
	st->v[st->n++] = off;
}

static uint64_t
elem(const struct pool *p, const struct set *s, uint32_t i)
{
	const uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;
	return p->width == 1 ? w[0] : (uint64_t)w[1] << 32 | w[0];
}

static void
put(struct pool *p, const struct set *s, uint32_t i, uint64_t v)
{
	uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;

	w[0] = (uint32_t)v;
	if (p->width == 2)
		w[1] = (uint32_t)(v >> 32);
}

uint32_t
set_lower(const struct pool *p, const struct set *s, uint64_t v)
{
	uint32_t lo = 0, hi = s->len;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (elem(p, s, mid) < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
set_add(struct pool *p, struct set *s, uint64_t v)
{
	uint32_t at;

	if (s->len > 0 && elem(p, s, s->len - 1) < v)
		at = s->len;
	else {
		at = set_lower(p, s, v);
		if (at < s->len && elem(p, s, at) == v)
			return;
	}
	if (s->len == s->cap) {
		uint32_t cap = s->cap ? s->cap * 2 : 2;
		uint32_t off = pool_alloc(p, cap);
		size_t words = (size_t)p->width;
		memcpy(p->w + off, p->w + s->off, s->len * words * 4);
		if (s->cap)
			pool_release(p, s->off, s->cap);
		s->off = off;
		s->cap = cap;
	}
	uint32_t *base = p->w + s->off;
	size_t w = (size_t)p->width;
	memmove(base + (at + 1) * w, base + at * w, (s->len - at) * w * 4);
	s->len++;
	put(p, s, at, v);
}
