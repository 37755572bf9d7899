#ifndef CRM_TABLE_H
#define CRM_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "reader.h"
#include "reject.h"
#include "writer.h"

/*
 * A whole customer table in memory, for the tools that rank or compare
 * customers before they can write any: rows keep their text exactly, and
 * go out again with the tool's columns after them.
 */
struct table {
	struct row header;	/* a copy the table owns */
	struct row view;	/* the row table_row gave last */
	size_t nrows;
	long *line;		/* input line of each row */
	size_t *start;		/* row -> its first field in off */
	uint32_t *off;		/* field -> offset from the row's text */
	size_t *text_at;	/* row -> offset of its text */
	char *text;
	size_t tlen, tcap, noff, offcap, rowcap;
};

/* Every row of r, after its header: a row whose field count differs
 * from the header's is rejected ("wrong field count") and left out;
 * *nread is the data rows read. No header line dies (exit 1), out of
 * memory or a row of more than 4 GB too. The caller frees the table
 * with table_free; r may be closed. */
struct table *table_read(struct reader *r, struct rejects *rj, size_t *nread);

/* An empty table of header h's columns (copied), and row (as many fields
 * as the header, copied) added to t: for a caller that makes a table of
 * its own rows. A row of more than 4 GB dies (exit 1). */
struct table *table_new(const struct row *h);
void table_add(struct table *t, const struct row *row);

/* Field col of row row (both in range), *len bytes, the table's. */
const char *table_get(const struct table *t, size_t row, size_t col,
    size_t *len);

/* Row i as the reader gives rows, with its input line (for reject): the
 * table's, valid until the next call. */
const struct row *table_row(struct table *t, size_t i);

/* The header, and row i's fields, to w as they were read; the caller
 * adds its own columns and ends the row (writer_end). */
void table_put_header(struct writer *w, const struct table *t);
void table_put_row(struct writer *w, const struct table *t, size_t i);

void table_free(struct table *t);

#endif
