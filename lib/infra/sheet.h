#ifndef CRM_SHEET_H
#define CRM_SHEET_H

#include <stddef.h>

#include "cell.h"
#include "zipin.h"

/*
 * What book.c asks of each workbook format: open one sheet, then its
 * rows one at a time. Every call dies (EXIT_DATA) on a damaged file,
 * naming it with where.
 */

struct sheet {
	/* The next row the file holds, its cells set in c (cleared first)
	 * and c->line its number; 0 after the last. Rows the file leaves
	 * out are not given: the line numbers tell. */
	int (*next)(struct sheet *s, struct cells *c);
	void (*close)(struct sheet *s);
	char *name;
	char *where;		/* "file: sheet "NAME", ", from sheet_where */
};

/* want: a sheet's name or 1-based number, or NULL for the first sheet
 * (in an .xlsx, the first visible one). */
struct sheet *sheet_xlsx(struct zipin *z, const char *want, const char *where);
struct sheet *sheet_ods(struct zipin *z, const char *want, const char *where);
struct sheet *sheet_xls(int fd, const char *want, const char *where);

/* Sets s->where from the file's where and s->name. */
void sheet_where(struct sheet *s, const char *where);

/* Whether want names the index-th sheet (from 0), by name or number. */
int sheet_wanted(const char *want, const char *name, size_t index);
/* Stops the run: no sheet want among names[0..n). */
_Noreturn void sheet_unknown(const char *where, const char *want,
    char *const *names, size_t n);

/* Column letters ("AB") as a number from 0; -1 when there are none or
 * the column is beyond CELL_COLS. *s is moved past them. */
long sheet_column(const char **s);
/* Column col (from 0) as letters, for a message: buf has 4 bytes. */
const char *sheet_letters(long col, char *buf);

/* Text gathered from the XML between tags, one cell or string at a time,
 * bounded by CELL_MAX. */
struct text {
	char *s;
	size_t n, cap;
};

void text_add(struct text *t, const char *s, size_t n, const char *where);
void text_free(struct text *t);

#endif
