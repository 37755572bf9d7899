#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "htab.h"
#include "slab.h"

/*
 * Open addressing with linear probing. A key of up to INLINE bytes sits
 * in its slot, so a lookup usually touches one cache line; a longer key
 * lives in the key store and the slot keeps its hash bits to compare.
 * Every key is also in the key store, in id order, for htab_key.
 */
#define INLINE 11
#define LONG 255

struct slot {
	uint32_t id1;		/* the id + 1; 0, as new room reads, is empty */
	uint8_t len;		/* LONG when the key is not inline */
	char key[INLINE];	/* the key, or for a long key its hash bits */
};

struct htab {
	struct slot *slots;	/* slab_array(&table), kept at hand */
	size_t mask, count;
	/* They grow without a copy (slab.h), the table in place. */
	struct slab table;
	struct slab keys;	/* NUL-terminated keys, back to back */
	size_t klen;
	struct slab off;	/* id -> offset in keys */
};

/* Ids are 32 bits: their keys together take at most KEYS_MAX (256 GB),
 * and they fill at most three quarters of SLOTS_MAX slots; or what a
 * 32-bit size counts. */
#if SIZE_MAX > UINT32_MAX
#define KEYS_MAX ((size_t)1 << 38)
#define SLOTS_MAX ((size_t)1 << 33)
#else
#define KEYS_MAX (SIZE_MAX / 4)
#define SLOTS_MAX (SIZE_MAX / 4 / sizeof(struct slot))
#endif

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
	/* Its counts change at every new key, on the summing thread while
	 * the reading thread writes its own state: a line of its own. */
	struct htab *h = xaligned_line(sizeof(*h));

	h->mask = 1023;
	slab_init(&h->table, sizeof(struct slot), SLOTS_MAX);
	slab_room(&h->table, h->mask);
	h->slots = slab_array(&h->table);
	slab_init(&h->keys, 1, KEYS_MAX);
	slab_init(&h->off, sizeof(size_t), UINT32_MAX);
	return h;
}

static size_t
offset(const struct htab *h, size_t id)
{
	return *(const size_t *)slab_at(&h->off, id);
}

static const char *
key_at(const struct htab *h, uint32_t id)
{
	return slab_at(&h->keys, offset(h, id));
}

static size_t
key_len(const struct htab *h, uint32_t id)
{
	return offset(h, (size_t)id + 1) - offset(h, id) - 1;
}

/* What a slot holds for a key: the key itself, or its hash bits. */
static void
fill_slot(struct slot *s, uint32_t id, const char *key, size_t len,
    uint64_t hv)
{
	s->id1 = id + 1;
	memset(s->key, 0, INLINE);
	if (len <= INLINE) {
		s->len = (uint8_t)len;
		memcpy(s->key, key, len);
	} else {
		s->len = LONG;
		memcpy(s->key, &hv, 8);
	}
}

/* A short key as its slot holds it: its length, then its bytes padded
 * with zeros, compared as two words rather than by a call to memcmp. */
struct image {
	uint64_t a;
	uint32_t b;
};

static struct image
image(const char *key, size_t len)
{
	const unsigned char *k = (const unsigned char *)key;
	struct image im = { len, 0 };

	/* Byte by byte: a copy of len bytes to the stack, read back as
	 * words, would stall on store forwarding. */
	for (size_t i = 0; i < len && i < 7; i++)
		im.a |= (uint64_t)k[i] << (8 * (i + 1));
	for (size_t i = 7; i < len; i++)
		im.b |= (uint32_t)k[i] << (8 * (i - 7));
	return im;
}

static int
same_image(const struct slot *s, struct image im)
{
	uint64_t a;
	uint32_t b;

	memcpy(&a, &s->len, 8);
	memcpy(&b, (const char *)&s->len + 8, 4);
	return a == im.a && b == im.b;
}

static int
long_match(const struct htab *h, const struct slot *s, const char *key,
    size_t len, uint64_t hv)
{
	return s->len == LONG && memcmp(s->key, &hv, 8) == 0 &&
	    key_len(h, s->id1 - 1) == len &&
	    memcmp(key_at(h, s->id1 - 1), key, len) == 0;
}

/* The key's slot, or the empty slot where it belongs. */
static size_t
probe(const struct htab *h, const char *key, size_t len, uint64_t hv)
{
	size_t i = hv & h->mask;

	if (len <= INLINE) {
		struct image im = image(key, len);
		while (h->slots[i].id1 != 0 && !same_image(&h->slots[i], im))
			i = (i + 1) & h->mask;
		return i;
	}
	while (h->slots[i].id1 != 0 &&
	    !long_match(h, &h->slots[i], key, len, hv))
		i = (i + 1) & h->mask;
	return i;
}

/* The key's hash from its slot alone: the key store, in id order, would
 * be read at random. */
static uint64_t
slot_hash(const struct slot *s)
{
	uint64_t hv;

	if (s->len != LONG)
		return hash_bytes(s->key, s->len);
	memcpy(&hv, s->key, 8);
	return hv;
}

/* A slot's entry put where it belongs in the table as it is now. */
static void
place(struct htab *h, struct slot x)
{
	size_t j = slot_hash(&x) & h->mask;

	while (h->slots[j].id1 != 0)
		j = (j + 1) & h->mask;
	h->slots[j] = x;
}

/*
 * The table doubled in place, so that it is never held twice. An entry's
 * home in the doubled table is its old home or that plus the old size.
 * Taken out and put back in order of position, an entry lands where it
 * was or before (the slots from its home on were seen already), or in
 * the new half at the same offset, among entries of its own run: none
 * passes an entry that has yet to move, which would leave a hole in its
 * way. A run that wraps from the last slot to the first would, so its
 * entries are put back last, as new keys are.
 */
static void
grow(struct htab *h)
{
	size_t n = h->mask + 1, a = n, b = 0, nwrap = 0, cap = 0;
	struct slot *wrap = NULL;

	slab_room(&h->table, 2 * n - 1);
	struct slot *s = h->slots = slab_array(&h->table);
	/* The run through slot n - 1 is a to n - 1, then 0 to b - 1; the
	 * table is never full, so both ends are found. */
	if (s[n - 1].id1 != 0) {
		while (s[a - 1].id1 != 0)
			a--;
		while (s[b].id1 != 0)
			b++;
	}
	for (size_t i = 0; i < (n - a) + b; i++) {
		struct slot *o = &s[i < n - a ? a + i : i - (n - a)];
		GROW(wrap, nwrap + 1, cap);
		wrap[nwrap++] = *o;
		o->id1 = 0;
	}
	h->mask = 2 * n - 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i].id1 == 0)
			continue;
		struct slot x = s[i];
		s[i].id1 = 0;
		place(h, x);
	}
	for (size_t i = 0; i < nwrap; i++)
		place(h, wrap[i]);
	free(wrap);
}

int64_t
htab_find(const struct htab *h, const char *key, size_t len)
{
	return htab_find_hashed(h, key, len, hash_bytes(key, len));
}

int64_t
htab_find_hashed(const struct htab *h, const char *key, size_t len,
    uint64_t hv)
{
	const struct slot *s = &h->slots[probe(h, key, len, hv)];

	return s->id1 == 0 ? -1 : (int64_t)s->id1 - 1;
}

/* For a caller that hashes a batch of keys first and prefetches their
 * slots, so that the cache misses of the batch overlap. */
void
htab_prefetch(const struct htab *h, uint64_t hv)
{
	__builtin_prefetch(&h->slots[hv & h->mask]);
}

uint32_t
htab_intern(struct htab *h, const char *key, size_t len, int *added)
{
	return htab_intern_hashed(h, key, len, hash_bytes(key, len), added);
}

uint32_t
htab_intern_hashed(struct htab *h, const char *key, size_t len, uint64_t hv,
    int *added)
{
	size_t i = probe(h, key, len, hv);

	if (h->slots[i].id1 != 0) {
		if (added)
			*added = 0;
		return h->slots[i].id1 - 1;
	}
	if (h->count >= UINT32_MAX - 1)
		die(EXIT_INTERNAL, "more than 4 billion distinct keys");
	if (len >= KEYS_MAX - h->klen)
		die(EXIT_INTERNAL, "out of memory");
	slab_room(&h->keys, h->klen + len);
	slab_room(&h->off, h->count + 1);
	char *at = slab_at(&h->keys, h->klen);
	memcpy(at, key, len);
	at[len] = '\0';
	uint32_t id = (uint32_t)h->count++;
	h->klen += len + 1;
	*(size_t *)slab_at(&h->off, (size_t)id + 1) = h->klen;
	fill_slot(&h->slots[i], id, key, len, hv);
	if (h->count * 4 > (h->mask + 1) * 3)
		grow(h);
	if (added)
		*added = 1;
	return id;
}

/* No more lookups: the slots go, the keys stay for htab_key. */
void
htab_freeze(struct htab *h)
{
	slab_free(&h->table);
	h->slots = NULL;
	h->mask = 0;
}

const char *
htab_key(const struct htab *h, uint32_t id, size_t *len)
{
	if (len)
		*len = key_len(h, id);
	return key_at(h, id);
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
	slab_free(&h->table);
	slab_free(&h->keys);
	slab_free(&h->off);
	free(h);
}
