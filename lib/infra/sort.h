#ifndef CRM_SORT_H
#define CRM_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Stable merge sort of n elements of size bytes at base, cmp(a, b, ctx)
 * as qsort_r's: equal elements keep their input order, so output never
 * depends on the platform's qsort. Out of memory dies (exit 4). */
void msort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *ctx);

/* Sorts key[0..n) ascending in place, and idx[0..n) along with it
 * unless idx is NULL; stable. Takes 8 bytes of memory per key (4 more
 * with idx) while it runs. Out of memory dies (exit 4). */
void sort_by_key(int64_t *key, uint32_t *idx, size_t n);

/* The order of customer ids: <0, 0 or >0 as a[0..an) comes before, is
 * the same as or comes after b[0..bn). All-digit ids first, by number (9
 * before 10; 007 just before 7), then the others byte by byte: a total
 * order, so output sorted by it does not depend on the input's order. */
int id_cmp(const char *a, size_t an, const char *b, size_t bn);

/* An id as sort_ids reads it: each record sorted starts with one. */
struct id_ref {
	const char *id;
	size_t len;
};

/* The indexes 0..n-1 of the n records of size bytes from base, each
 * starting with a struct id_ref, in id_cmp's order of their ids; the
 * array is the caller's to free. Out of memory dies. */
uint32_t *sort_ids(const void *base, size_t size, size_t n);

#endif
