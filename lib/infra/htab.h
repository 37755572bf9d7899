#ifndef CRM_HTAB_H
#define CRM_HTAB_H

#include <stddef.h>
#include <stdint.h>

/*
 * Strings interned to dense ids 0, 1, 2... in order of first sight, so a
 * tool keeps what it knows of each key in plain arrays indexed by id.
 */

struct htab;

/* An empty table; the caller frees it with htab_free (which takes NULL).
 * Out of memory dies (exit 4), here and in htab_intern. */
struct htab *htab_new(void);

/* The id of key[0..len) (any bytes, NULs among them), a new one, the
 * next of 0, 1, 2..., when the key is new; *added (unless NULL) says
 * which. The key is copied. More than 4 billion keys die (exit 4). */
uint32_t htab_intern(struct htab *h, const char *key, size_t len, int *added);

/* The key's id, or -1 when it was never interned. */
int64_t htab_find(const struct htab *h, const char *key, size_t len);

/* htab_intern and htab_find for a caller that hashed the key already:
 * hv must be hash_bytes(key, len). */
uint32_t htab_intern_hashed(struct htab *h, const char *key, size_t len,
    uint64_t hv, int *added);
int64_t htab_find_hashed(const struct htab *h, const char *key, size_t len,
    uint64_t hv);

/* Starts loading the slot of hash hv into the cache, for a caller that
 * looks up a batch of keys, so that their cache misses overlap. Changes
 * nothing. */
void htab_prefetch(const struct htab *h, uint64_t hv);

/* No more htab_intern or htab_find: frees the lookup slots and keeps the
 * keys for htab_key. */
void htab_freeze(struct htab *h);

/* The key of id (< htab_count), NUL-terminated, its length in *len
 * (unless NULL); it stays h's, valid until the next htab_intern or
 * htab_free. */
const char *htab_key(const struct htab *h, uint32_t id, size_t *len);

/* How many keys were interned: the ids are 0 to htab_count - 1. */
size_t htab_count(const struct htab *h);

void htab_free(struct htab *h);

/* A 64-bit hash of p[0..n), the same for the same bytes in every run and
 * on every machine of one byte order, so that output never depends on it
 * beyond speed. */
uint64_t hash_bytes(const void *p, size_t n);

#endif
