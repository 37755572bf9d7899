#ifndef CRM_BOOK_H
#define CRM_BOOK_H

#include "row.h"
#include "source.h"

/*
 * A workbook read as a table: .xlsx and .xlsm, .ods, .xls, told by the
 * file's first bytes and what the ZIP holds, never by its name. One
 * sheet is read (o->sheet, by name or 1-based number; by default the
 * first, in an .xlsx the first visible one), one row at a time. Its rows
 * come as the reader's rows: one field per column from A, a cell's value
 * as cell.h writes it
 * (merged cells: the value in the first cell of the range, the others
 * empty; hidden rows and columns read like the others, as Excel's own
 * CSV export does), the row's number in the sheet as its line.
 *
 * The header is the first row below o->skip rows; without --skip, rows
 * above the first row of two or more non-empty cells are a title and
 * skipped. Rows with no value are skipped and counted, said on stderr
 * (o->warn) when the book is closed. Rows after the header have at least
 * the header's number of fields, so a row whose last cells are empty is
 * no short row.
 */

struct book_opts {
	const char *sheet;	/* NULL: the first (visible) sheet */
	long skip;		/* rows above the header; 0: the title rule */
	int no_header;		/* no header: no title rule either */
	int warn;
};

struct book;

/* The workbook the source holds, or NULL when it holds none (its first
 * bytes are no ZIP or OLE2 file). A ZIP or OLE2 file that is no workbook
 * crm-import reads (.xlsb, encrypted, a Word file) stops the run saying
 * what it is; so does an unknown sheet, listing the sheets. */
struct book *book_open(struct source *src, const char *where,
    const struct book_opts *o);
/* "file: sheet "NAME", " for messages. */
const char *book_where(const struct book *b);
/* The next row, the header first; NULL after the last. Valid until the
 * next call. */
const struct row *book_next(struct book *b);
void book_close(struct book *b);

#endif
