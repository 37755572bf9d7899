#ifndef CRM_HTAB_H
#define CRM_HTAB_H

#include <stddef.h>
#include <stdint.h>

/*
 * Strings interned to dense ids 0, 1, 2... in order of first sight, so a
 * tool keeps what it knows of each key in plain arrays indexed by id.
 */

struct htab;

struct htab *htab_new(void);
uint32_t htab_intern(struct htab *h, const char *key, size_t len, int *added);
uint32_t htab_intern_hashed(struct htab *h, const char *key, size_t len,
    uint64_t hv, int *added);
void htab_prefetch(const struct htab *h, uint64_t hv);
int64_t htab_find(const struct htab *h, const char *key, size_t len);
int64_t htab_find_hashed(const struct htab *h, const char *key, size_t len,
    uint64_t hv);
void htab_freeze(struct htab *h);
const char *htab_key(const struct htab *h, uint32_t id, size_t *len);
void htab_prefetch_key(const struct htab *h, uint32_t id);
size_t htab_count(const struct htab *h);
void htab_free(struct htab *h);

uint64_t hash_bytes(const void *p, size_t n);

#endif
