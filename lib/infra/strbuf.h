#ifndef CRM_STRBUF_H
#define CRM_STRBUF_H

#include <stddef.h>

/*
 * A string built piece by piece: a report, a message, an SVG drawing.
 * s holds len bytes and a NUL after them once anything was added, and is
 * NULL before; it may hold NUL bytes of its own, so len is its length.
 * It grows as grow.h grows arrays, so out of memory dies (exit 4) and
 * no call fails. Start from STRBUF_INIT (or zeroed memory); end with
 * strbuf_free, or take the string with strbuf_detach.
 */
struct strbuf {
	char *s;
	size_t len, cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

/* Appends s[0..n), which may hold NULs and may not lie inside b. */
void strbuf_add(struct strbuf *b, const char *s, size_t n);

/* Appends the string s. */
void strbuf_puts(struct strbuf *b, const char *s);

/* Appends what printf would print; a format printf refuses (an encoding
 * error) is a bug and dies with exit 4. */
void strbuf_printf(struct strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Appends n spaces. */
void strbuf_pad(struct strbuf *b, size_t n);

/* The string, the caller's to free ("" when nothing was added); b is
 * left empty, as from STRBUF_INIT. */
char *strbuf_detach(struct strbuf *b);

/* Frees the string; b is left empty, as from STRBUF_INIT. */
void strbuf_free(struct strbuf *b);

#endif
