#ifndef CRM_CUSTID_H
#define CRM_CUSTID_H

#include <stddef.h>
#include <stdint.h>

/*
 * A customer id as one customer, whatever a spreadsheet did to it: the
 * Unicode blanks around it trimmed (no-break spaces U+00A0, U+2007,
 * U+202F, the other White_Space characters, and the invisible U+200B to
 * U+200D, U+2060 and U+FEFF), and the rest in Unicode normalization form
 * C, so that a name typed as u + combining diaeresis is the same
 * customer as one typed with the precomposed letter.  An id of ASCII
 * bytes only is left as it is, at no cost.
 */
struct custid {
	uint8_t *buf;	/* the last normal form made */
	size_t cap;
};

/*
 * *s and *n (already trimmed of ASCII blanks) become the normal form:
 * the same bytes, a part of them, or buf, valid until the next call.
 * Bytes that are not UTF-8 are left as they are.
 */
void custid_normal(struct custid *b, const char **s, size_t *n);

/* Frees b's buffer; b (zeroed at the start) can be used again. */
void custid_free(struct custid *b);

#endif
