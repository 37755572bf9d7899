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

/* A reader of path (NULL or "-": standard input) with the options o
 * (copied); an unknown encoding is a usage error. Here or in the calls
 * below, a file that cannot be opened or read dies (exit 3), and input
 * that cannot be read as rows (a compressed file, a workbook, invalid
 * UTF-8, a quote never closed) dies saying where and why (exit 1). The
 * caller closes it with reader_close. */
struct reader *reader_open(const char *path, const struct reader_opts *o);

/* The header (with no_header, columns named 1, 2, 3... after the first
 * line's count), or NULL for an input without a line; asking again gives
 * the same. r's, valid until reader_close. */
const struct row *reader_header(struct reader *r);

/* The next data row (after reader_header), or NULL at the end: r's,
 * valid until the next call. */
const struct row *reader_next(struct reader *r);

/* For a caller that parses whole lines itself: *p and the length of the
 * lines ahead, up to and including the last LF in the buffer (PAD bytes
 * after them may be read); 0 when there are none to take so. It tells
 * reader_took how many bytes and lines it used; reader_next reads on. */
size_t reader_lines(struct reader *r, const char **p);
void reader_took(struct reader *r, size_t n, long k);

/* "file: " for a message about the input, or "" for standard input. */
const char *reader_where(const struct reader *r);

/* The field delimiter, as given or as detected from the first line. */
char reader_delim(const struct reader *r);

void reader_close(struct reader *r);

/* The index of column spec in header: a name (case and blanks around it
 * ignored) or a 1-based number; -1 for none. */
int col_find(const struct row *header, const char *spec);

/* Drops blanks around *s[0..*n) (spreadsheets pad ids and codes) and a
 * byte-order mark before it, moving *s and *n. */
void field_trim(const char **s, size_t *n);

/* The header's names, quoted, for a message: a static buffer, valid
 * until the next call; cut short with "..." when long. */
const char *col_list(const struct row *header);

#endif
