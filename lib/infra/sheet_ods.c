/*
 * OpenDocument spreadsheets (.ods): content.xml holds every sheet as a
 * table:table, read once, as it streams, to the one asked for. A cell
 * or a row repeated (number-columns-repeated, number-rows-repeated) is
 * given as many times; a repeated row with no value only moves the row
 * numbers on, as the empty rows at a sheet's end are stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "sheet.h"
#include "xmlin.h"

/* The rows of a sheet (1,048,576 in LibreOffice and Excel). */
#define ROWS (1L << 20)

struct ods {
	struct sheet s;		/* first: a struct sheet * is a struct ods * */
	struct zipin *z;
	const char *want, *where;
	struct xmlin *x;
	char **names;
	size_t nnames;
	int in_table;		/* inside the sheet read */
	int found, done, ready;
	long depth_note;	/* inside an annotation: no cell text */

	struct cells *c;
	long line, rows, pending;
	size_t col, cols;
	int paras, in_p;
	char type[16];
	char *value;		/* office:value and the like, or NULL */
	struct text t;
};

static long
repeats(const char **attr, const char *name)
{
	const char *v = xml_attr(attr, name);
	long n = v ? strtol(v, NULL, 10) : 1;

	return n < 1 ? 1 : n > ROWS ? ROWS : n;
}

/* The sheet's start: is it the one asked for? */
static void
table_start(struct ods *o, const char **attr)
{
	const char *name = xml_attr(attr, "name");

	if (o->found)
		return;
	o->names = xreallocarray(o->names, o->nnames + 1, sizeof(char *));
	o->names[o->nnames] = xstrdup(name ? name : "");
	if (o->want == NULL || sheet_wanted(o->want, o->names[o->nnames],
	    o->nnames)) {
		o->found = o->in_table = 1;
		o->s.name = o->names[o->nnames];
		sheet_where(&o->s, o->where);
		o->where = o->s.where;
		xmlin_pause(o->x);
	}
	o->nnames++;
}

static void
cell_start(struct ods *o, const char **attr)
{
	const char *v;

	o->cols = (size_t)repeats(attr, "number-columns-repeated");
	v = xml_attr(attr, "value-type");
	snprintf(o->type, sizeof(o->type), "%s", v ? v : "");
	free(o->value);
	o->value = NULL;
	if ((v = xml_attr(attr, "value")) != NULL ||
	    (v = xml_attr(attr, "date-value")) != NULL ||
	    (v = xml_attr(attr, "boolean-value")) != NULL)
		o->value = xstrdup(v);
	o->t.n = 0;
	o->paras = 0;
}

static void
ods_start(void *data, const char *name, const char **attr)
{
	struct ods *o = data;

	if (strcmp(name, "table") == 0)
		table_start(o, attr);
	if (!o->in_table)
		return;
	if (strcmp(name, "annotation") == 0)
		o->depth_note++;
	else if (o->depth_note > 0)
		return;
	else if (strcmp(name, "table-row") == 0) {
		o->rows = repeats(attr, "number-rows-repeated");
		cells_clear(o->c, o->line + 1);
		o->col = 0;
	} else if (strcmp(name, "table-cell") == 0 ||
	    strcmp(name, "covered-table-cell") == 0)
		cell_start(o, attr);
	else if (strcmp(name, "p") == 0) {
		if (o->paras++ > 0)
			text_add(&o->t, "\n", 1, o->where);
		o->in_p = 1;
	} else if (strcmp(name, "s") == 0) {
		for (long n = repeats(attr, "c"); n > 0; n--)
			text_add(&o->t, " ", 1, o->where);
	} else if (strcmp(name, "tab") == 0)
		text_add(&o->t, "\t", 1, o->where);
	else if (strcmp(name, "line-break") == 0)
		text_add(&o->t, "\n", 1, o->where);
}

static void
gather(void *data, const char *s, int len)
{
	struct ods *o = data;

	if (o->in_table && o->in_p && o->depth_note == 0)
		text_add(&o->t, s, (size_t)len, o->where);
}

/* A cell's value: the number or date it holds, else its text. */
static void
cell_end(struct ods *o)
{
	char buf[CELL_NUM], col[4];
	const char *s = o->t.s ? o->t.s : "";
	size_t n = o->t.n;

	if (o->value && (strcmp(o->type, "float") == 0 ||
	    strcmp(o->type, "currency") == 0 ||
	    strcmp(o->type, "percentage") == 0) &&
	    (n = cell_number(o->value, strlen(o->value), buf)) > 0)
		s = buf;
	else if (o->value && strcmp(o->type, "date") == 0) {
		s = o->value;
		n = cell_iso(o->value, strlen(o->value));
	} else if (o->value && strcmp(o->type, "boolean") == 0) {
		s = strcmp(o->value, "true") == 0 ? "TRUE" : "FALSE";
		n = strlen(s);
	} else
		n = o->t.n;
	if (n > 0 && o->col + o->cols > CELL_COLS)
		die(EXIT_DATA, "%srow %ld: a cell beyond column %s, the last "
		    "of a sheet", o->where, o->line + 1,
		    sheet_letters(CELL_COLS - 1, col));
	for (size_t i = 0; n > 0 && i < o->cols; i++)
		cells_put(o->c, o->col + i, s, n);
	o->col += o->cols;
	if (o->col > CELL_COLS)
		o->col = CELL_COLS;
}

static void
ods_end(void *data, const char *name)
{
	struct ods *o = data;

	if (!o->in_table)
		return;
	if (strcmp(name, "annotation") == 0)
		o->depth_note--;
	else if (o->depth_note > 0)
		return;
	else if (strcmp(name, "p") == 0)
		o->in_p = 0;
	else if (strcmp(name, "table-cell") == 0 ||
	    strcmp(name, "covered-table-cell") == 0)
		cell_end(o);
	else if (strcmp(name, "table-row") == 0) {
		o->line++;
		if (o->c->n == 0) {
			o->line += o->rows - 1;
			return;
		}
		if (o->line + o->rows - 1 > ROWS)
			die(EXIT_DATA, "%srows beyond row %ld, the last of a "
			    "sheet", o->where, ROWS);
		o->pending = o->rows - 1;
		o->ready = 1;
		xmlin_pause(o->x);
	} else if (strcmp(name, "table") == 0) {
		o->in_table = 0;
		o->done = 1;
		xmlin_pause(o->x);
	}
}

static int
ods_next(struct sheet *s, struct cells *c)
{
	struct ods *o = (struct ods *)s;

	if (o->pending > 0) {	/* the row again, one further down */
		o->pending--;
		c->line = ++o->line;
		return 1;
	}
	o->c = c;
	while (!o->done && xmlin_next(o->x))
		if (o->ready) {
			o->ready = 0;
			return 1;
		}
	return 0;
}

static void
ods_close(struct sheet *s)
{
	struct ods *o = (struct ods *)s;

	xmlin_close(o->x);
	for (size_t i = 0; i < o->nnames; i++)
		free(o->names[i]);
	free(o->names);
	free(o->value);
	free(o->s.where);
	text_free(&o->t);
	free(o);
}

struct sheet *
sheet_ods(struct zipin *z, const char *want, const char *where)
{
	static const struct xml_handlers h = { ods_start, ods_end, gather };
	struct ods *o = xcalloc(1, sizeof(*o));

	o->z = z;
	o->want = want;
	o->where = where;
	o->s.next = ods_next;
	o->s.close = ods_close;
	if ((o->x = xmlin_open(z, "content.xml", &h, o, where)) == NULL)
		die(EXIT_DATA, "%san OpenDocument spreadsheet without its "
		    "content.xml", where);
	while (!o->found && xmlin_next(o->x))
		;
	if (!o->found && want)
		sheet_unknown(where, want, o->names, o->nnames);
	if (!o->found)
		die(EXIT_DATA, "%sthe spreadsheet has no sheet", where);
	return &o->s;
}
