#ifndef CRM_WRITER_H
#define CRM_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "reader.h"
#include "xlsxout.h"

/*
 * Rows out: RFC 4180 quoting (only where a field needs it), LF line ends,
 * comma or tab between fields. A named file is written to a temporary
 * beside it and renamed into place by writer_close, so a failed run never
 * leaves half a file. A file named FILE.xlsx is a workbook instead
 * (xlsxout.h), written the same way: each call below then makes one
 * cell, text from writer_field, writer_str and writer_row, numbers and
 * dates from the calls that format them, and what writer_unquoted
 * writes as it reads.
 */

struct writer;

/* A writer to path (NULL or "-": standard output; a device or a pipe:
 * written in place) with delim between fields. A file that cannot be
 * made dies (exit 3). writer_close ends it; a run that dies before
 * leaves no file (atdie). */
struct writer *writer_open(const char *path, char delim);

/* For a person's spreadsheet (--excel), called before anything is
 * written: a UTF-8 byte-order mark first, and every field writer_field,
 * writer_str or writer_row writes that a spreadsheet would run or change
 * (inert_needed, inert.h) goes out quoted, with a single quote in
 * front. What the tool formatted (writer_unquoted, writer_int,
 * writer_money, writer_day) is left as it is: a refund of -12.50 stays
 * a number. Nothing for a workbook, which is safe as it is. */
void writer_excel(struct writer *w);

/* A workbook's columns read as fn says from their header names (the
 * first row); nothing for CSV. */
void writer_kinds(struct writer *w, xlsx_kind_fn *fn);

/* The next field of the row: s[0..len) as it is, quoted where it holds
 * the delimiter, a quote or a line end. A write that fails dies (exit 3),
 * here or in any call below that writes. */
void writer_field(struct writer *w, const char *s, size_t len);

/* A field the tool formatted itself (a date, a number), which needs no
 * quotes: never quoted. */
void writer_unquoted(struct writer *w, const char *s, size_t len);

/* The next field: v in decimal, m as money_format(m, min_decimals)
 * writes it, day as YYYY-MM-DD, the string s (quoted where needed). */
void writer_int(struct writer *w, int64_t v);
void writer_money(struct writer *w, money m, int min_decimals);
void writer_day(struct writer *w, int32_t day);
void writer_str(struct writer *w, const char *s);

/* Every field of row as read, as writer_field writes each. */
void writer_row(struct writer *w, const struct row *row);

/* Ends the row: a line feed. */
void writer_end(struct writer *w);

/* Writes out what is left and frees w: a file written to a temporary is
 * synced and renamed into place. A failure dies (exit 3). */
void writer_close(struct writer *w);

/* Formats rows [from, to) into w, each ended by writer_end. */
typedef void writer_rows_fn(struct writer *w, size_t from, size_t to,
    void *ctx);

/* Rows [0, n) formatted by fmt (with ctx) into w, in order: on two
 * threads (par.h's rules), so fmt must not write to what another row's
 * call reads. */
void writer_rows(struct writer *w, size_t n, writer_rows_fn *fmt, void *ctx);

#endif
