#ifndef CRM_REJECT_H
#define CRM_REJECT_H

#include <stddef.h>

#include "reader.h"

/*
 * Rows a tool cannot use. Each is counted under a reason, told on stderr
 * (the first few), written with its line number and reason to the
 * --rejects file, and fatal under --strict; --max-rejects N or P% fails
 * the run past a threshold. A run that writes no data row fails too
 * (rejects_need_output), unless --allow-empty.
 */

struct rejects;

struct rejects *rejects_new(const char *path, char delim, int strict,
    const char *max, int quiet);
void rejects_header(struct rejects *rj, const struct row *header);
void reject(struct rejects *rj, const char *where, const struct row *row,
    const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
size_t rejects_count(const struct rejects *rj);
const char *rejects_reasons(struct rejects *rj);
/* The count of the I-th reason in order of first use, and *reason; 0 past
 * the last. */
size_t rejects_reason(const struct rejects *rj, size_t i,
    const char **reason);
void rejects_close(struct rejects *rj, size_t rows);
void rejects_allow_empty(struct rejects *rj);
void rejects_need_output(struct rejects *rj, size_t rows, size_t out,
    const char *other);
void rejects_free(struct rejects *rj);
const char *shorten(const char *s, size_t n, char *buf, size_t cap);

#endif
