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

/* A run's rejects: written to path (NULL: none) with delim, as -o
 * writes (writer.h); strict makes the first reject fatal; max is
 * --max-rejects' N or P% (NULL: no limit; anything else is a usage
 * error); quiet tells none on stderr. The caller frees it with
 * rejects_free, after rejects_close. */
struct rejects *rejects_new(const char *path, char delim, int strict,
    const char *max, int quiet);

/* The rejects file's header: line, reason, then header's columns. Once;
 * later calls (a second input file) do nothing. */
void rejects_header(struct rejects *rj, const struct row *header);

/* Rejects row, counted under reason (a static string: the same pointer
 * or text for one reason, at most 16 reasons a run); the message is
 * where (reader_where's prefix, or "") then "line N, " then fmt's text.
 * Dies (exit 1) under --strict, or past --max-rejects N. */
void reject(struct rejects *rj, const char *where, const struct row *row,
    const char *reason, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* The rows rejected so far. */
size_t rejects_count(const struct rejects *rj);

/* The counts by reason, "135080 missing customer_id, 3 bad amount", in
 * the order first seen ("" for none); rj's, valid until the next call. */
const char *rejects_reasons(struct rejects *rj);

/* The count of the I-th reason in order of first use, and *reason; 0 past
 * the last. */
size_t rejects_reason(const struct rejects *rj, size_t i,
    const char **reason);

/* After the last row, of rows data rows read: tells how many rejects
 * were not shown, closes the rejects file, and dies (exit 1) past
 * --max-rejects P%. */
void rejects_close(struct rejects *rj, size_t rows);

/* --allow-empty: rejects_need_output lets a run without output pass. */
void rejects_allow_empty(struct rejects *rj);

/* Dies (exit 1), saying why, when a run of rows data rows would write
 * out == 0 output rows, unless --allow-empty: other is the tool's words
 * for rows set aside without a reject ("3 on or after 2024-01-01"), or
 * NULL. Call it before closing the output, so that no -o file is left. */
void rejects_need_output(struct rejects *rj, size_t rows, size_t out,
    const char *other);

void rejects_free(struct rejects *rj);

/* s[0..n) fit for a message in buf (cap bytes, 8 at least), which it
 * returns: control bytes shown as \xHH (a NUL would end the message),
 * and a value too long cut on a character boundary and ended with
 * "...". */
const char *shorten(const char *s, size_t n, char *buf, size_t cap);

#endif
