#ifndef CRM_READER_H
#define CRM_READER_H

#include <stddef.h>

#include "row.h"

/*
 * Rows in, one at a time. Lines without a quote are split in place (the
 * fast path, which canonical output always takes); a line with a quote
 * goes through libcsv, which handles RFC 4180 quoting, doubled quotes and
 * line breaks inside fields. TSV is the same format with a tab between
 * fields. Blank lines are skipped. LF, CR LF and a CR alone end a line.
 * The first bytes are looked at before any is read as text: gzip, xz and
 * zstd are decompressed as they are read (source.h); a workbook (.xlsx,
 * .ods, .xls) is read through book.h when o->workbooks, one sheet's rows
 * as if they were lines, else refused by name, as UTF-16 without
 * --encoding is.
 */

struct reader_opts {
	char delim;		/* 0: detect from the first line */
	int whitespace;		/* runs of blanks separate fields, no quoting */
	int no_header;		/* columns are named 1, 2, 3... */
	const char *encoding;	/* converted to UTF-8 with iconv; NULL: UTF-8 */
	int check_utf8;		/* refuse invalid UTF-8 */
	int progress;		/* not -q: rows, MB and rows/s on a terminal's
				 * stderr, and the reader's warnings */
	int workbooks;		/* read a workbook's sheet (crm-import);
				 * else it is refused as no text */
	const char *sheet;	/* a workbook's sheet, by name or number */
	long skip;		/* lines (a sheet's rows) above the header */
};

struct reader;

struct reader *reader_open(const char *path, const struct reader_opts *o);
const struct row *reader_header(struct reader *r);
const struct row *reader_next(struct reader *r);
size_t reader_lines(struct reader *r, const char **p);
void reader_took(struct reader *r, size_t n, long k);
const char *reader_where(const struct reader *r);	/* "file: " or "" */
char reader_delim(const struct reader *r);
void reader_close(struct reader *r);

int col_find(const struct row *header, const char *spec);
void field_trim(const char **s, size_t *n);
const char *col_list(const struct row *header);

#endif
