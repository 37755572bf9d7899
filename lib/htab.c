#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "htab.h"

/* A slot holds the high hash bits beside the id, so most misses are
 * decided without touching the key. Slot 0 bits mean empty. */
struct slot {
	uint32_t tag;
	uint32_t id;
};

struct htab {
	struct slot *slots;
	size_t mask, count;
	char *keys;		/* NUL-terminated keys, back to back */
	size_t klen, kcap;
	size_t *off;		/* id -> offset in keys */
	size_t offcap;
};

static uint64_t
mix(uint64_t x)
{
	x ^= x >> 32;
	x *= UINT64_C(0xd6e8feb86659fd93);
	x ^= x >> 32;
	x *= UINT64_C(0xd6e8feb86659fd93);
	x ^= x >> 32;
	return x;
}

uint64_t
hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = UINT64_C(0x9e3779b97f4a7c15) ^ n;

	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = mix(h ^ w);
		s += 8;
		n -= 8;
	}
	uint64_t w = 0;
	memcpy(&w, s, n);
	return mix(h ^ w ^ (uint64_t)n << 56);
}

struct htab *
htab_new(void)
{
	struct htab *h = xcalloc(1, sizeof(*h));

	h->mask = 1023;
	h->slots = xcalloc(h->mask + 1, sizeof(struct slot));
	return h;
}

static uint32_t
tag_of(uint64_t hv)
{
	uint32_t t = (uint32_t)(hv >> 32);
	return t ? t : 1;
}

static void
grow(struct htab *h)
{
	size_t n = (h->mask + 1) * 2;
	struct slot *s = xcalloc(n, sizeof(struct slot));

	for (size_t i = 0; i <= h->mask; i++) {
		struct slot *o = &h->slots[i];
		if (o->tag == 0)
			continue;
		const char *k = h->keys + h->off[o->id];
		size_t j = hash_bytes(k, h->off[o->id + 1] - h->off[o->id] - 1)
		    & (n - 1);
		while (s[j].tag != 0)
			j = (j + 1) & (n - 1);
		s[j] = *o;
	}
	free(h->slots);
	h->slots = s;
	h->mask = n - 1;
}

static size_t
key_len(const struct htab *h, uint32_t id)
{
	return h->off[id + 1] - h->off[id] - 1;
}

/* Index of the key's slot, or of the empty slot where it belongs. */
static size_t
probe(const struct htab *h, const char *key, size_t len, uint64_t hv)
{
	uint32_t tag = tag_of(hv);
	size_t i = hv & h->mask;

	for (;; i = (i + 1) & h->mask) {
		const struct slot *s = &h->slots[i];
		if (s->tag == 0)
			return i;
		if (s->tag == tag && key_len(h, s->id) == len &&
		    memcmp(h->keys + h->off[s->id], key, len) == 0)
			return i;
	}
}

int64_t
htab_find(const struct htab *h, const char *key, size_t len)
{
	if (h->count == 0)
		return -1;
	const struct slot *s = &h->slots[probe(h, key, len, hash_bytes(key, len))];
	return s->tag ? (int64_t)s->id : -1;
}

uint32_t
htab_intern(struct htab *h, const char *key, size_t len, int *added)
{
	uint64_t hv = hash_bytes(key, len);
	size_t i = h->count ? probe(h, key, len, hv) : hv & h->mask;

	if (h->slots[i].tag) {
		if (added)
			*added = 0;
		return h->slots[i].id;
	}
	if (h->count >= UINT32_MAX - 1)
		die(EXIT_INTERNAL, "more than 4 billion distinct keys");
	if (h->klen + len + 1 > h->kcap) {
		h->kcap = (h->klen + len + 1) * 2;
		h->keys = xrealloc(h->keys, h->kcap);
	}
	if (h->count + 2 > h->offcap) {
		h->offcap = (h->count + 2) * 2;
		h->off = xreallocarray(h->off, h->offcap, sizeof(size_t));
	}
	memcpy(h->keys + h->klen, key, len);
	h->keys[h->klen + len] = '\0';
	uint32_t id = (uint32_t)h->count++;
	h->off[id] = h->klen;
	h->klen += len + 1;
	h->off[id + 1] = h->klen;
	h->slots[i] = (struct slot){ tag_of(hv), id };
	if (h->count * 4 > (h->mask + 1) * 3)
		grow(h);
	if (added)
		*added = 1;
	return id;
}

const char *
htab_key(const struct htab *h, uint32_t id, size_t *len)
{
	if (len)
		*len = key_len(h, id);
	return h->keys + h->off[id];
}

size_t
htab_count(const struct htab *h)
{
	return h->count;
}

void
htab_free(struct htab *h)
{
	if (h == NULL)
		return;
	free(h->slots);
	free(h->keys);
	free(h->off);
	free(h);
}
