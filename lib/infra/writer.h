#ifndef CRM_WRITER_H
#define CRM_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "reader.h"

/*
 * Rows out: RFC 4180 quoting (only where a field needs it), LF line ends,
 * comma or tab between fields. A named file is written to a temporary
 * beside it and renamed into place by writer_close, so a failed run never
 * leaves half a file.
 */

struct writer;

struct writer *writer_open(const char *path, char delim);
void writer_field(struct writer *w, const char *s, size_t len);
void writer_unquoted(struct writer *w, const char *s, size_t len);
void writer_int(struct writer *w, int64_t v);
void writer_money(struct writer *w, money m, int min_decimals);
void writer_day(struct writer *w, int32_t day);
void writer_str(struct writer *w, const char *s);
void writer_row(struct writer *w, const struct row *row);
void writer_end(struct writer *w);
void writer_close(struct writer *w);

/* Formats rows [from, to) into w, each ended by writer_end. */
typedef void writer_rows_fn(struct writer *w, size_t from, size_t to,
    void *ctx);
void writer_rows(struct writer *w, size_t n, writer_rows_fn *fmt, void *ctx);

#endif
