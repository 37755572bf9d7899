#ifndef CRM_ROW_H
#define CRM_ROW_H

#include <stddef.h>

/*
 * One row of a table as the readers give it, from a CSV line (reader.h)
 * or a workbook's sheet (book.h): nf fields, each NUL-terminated and of
 * len bytes. A row is its reader's, valid until the reader's next call.
 */
struct row {
	size_t nf;
	char **f;		/* NUL-terminated */
	size_t *len;
	long line;		/* input line where the row starts */
	const char *unit;	/* what line counts: NULL for lines, "row"
				 * for a sheet's rows */
	char split;		/* the delimiter, when the fields lie one after
				 * the other in the line with a NUL for each
				 * delimiter and none needs quotes; or 0 */
};

#endif
