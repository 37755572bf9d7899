#ifndef CRM_BYTES_H
#define CRM_BYTES_H

#include <stdint.h>
#include <string.h>

/*
 * Short copies and compares in a few overlapping moves: for the fields
 * of a row, a few bytes each, a call to memcpy or memcmp costs more than
 * the work.
 */

/* memcpy(d, s, n) for n <= 16. */
static inline void
bytes_copy16(char *d, const char *s, size_t n)
{
	if (n >= 8) {
		uint64_t a, b;
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(d, &a, 8);
		memcpy(d + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		memcpy(d, &a, 4);
		memcpy(d + n - 4, &b, 4);
	} else
		for (size_t i = 0; i < n; i++)
			d[i] = s[i];
}

/* memcmp(a, b, n) == 0. */
static inline int
bytes_eq(const char *a, const char *b, size_t n)
{
	if (n >= 8 && n <= 16) {
		uint64_t a0, a1, b0, b1;
		memcpy(&a0, a, 8);
		memcpy(&b0, b, 8);
		memcpy(&a1, a + n - 8, 8);
		memcpy(&b1, b + n - 8, 8);
		return ((a0 ^ b0) | (a1 ^ b1)) == 0;
	}
	if (n >= 4 && n < 8) {
		uint32_t a0, a1, b0, b1;
		memcpy(&a0, a, 4);
		memcpy(&b0, b, 4);
		memcpy(&a1, a + n - 4, 4);
		memcpy(&b1, b + n - 4, 4);
		return ((a0 ^ b0) | (a1 ^ b1)) == 0;
	}
	return memcmp(a, b, n) == 0;
}

#endif
