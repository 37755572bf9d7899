#ifndef CRM_SORT_H
#define CRM_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Stable merge sort with a context pointer: equal elements keep their
 * input order, so output never depends on the platform's qsort. */
void msort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *ctx);

/* key[] ascending, and idx[] with it unless NULL; stable. */
void sort_by_key(int64_t *key, uint32_t *idx, size_t n);
uint32_t *sort_ids(const char *const *ids, const size_t *lens, size_t n);
int id_cmp(const char *a, size_t an, const char *b, size_t bn);

#endif
