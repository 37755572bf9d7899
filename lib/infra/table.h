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

struct table *table_read(struct reader *r, struct rejects *rj, size_t *nread);
const char *table_get(const struct table *t, size_t row, size_t col,
    size_t *len);
const struct row *table_row(struct table *t, size_t i);
void table_put_header(struct writer *w, const struct table *t);
void table_put_row(struct writer *w, const struct table *t, size_t i);
void table_free(struct table *t);

#endif
