/*
 * Office Open XML workbooks (.xlsx, .xlsm): xl/workbook.xml names the
 * sheets and the date system, its relationships where each sheet's XML
 * is, xl/styles.xml which cells show dates, xl/sharedStrings.xml the
 * text most cells point to. The sheet's XML is then read row by row.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "sheet.h"
#include "xmlin.h"

struct xlsx {
	struct sheet s;		/* first: a struct sheet * is a struct xlsx * */
	struct zipin *z;
	const char *where;
	struct text t;		/* the text being gathered */
	int collect, phonetic;	/* inside <t> or <v>; inside <rPh> */

	/* xl/workbook.xml */
	char **names, **ids;
	int *hidden;
	size_t nsheets;
	int date1904;
	const char *want_id;	/* the sheet's relationship */
	char *target;		/* its XML, from the relationships */

	/* xl/styles.xml: the kind of each cell format (the s of a cell) */
	long *fmt_id;
	char **fmt_code;
	size_t nfmt;
	int in_xfs;
	unsigned char *xf;
	size_t nxf;

	/* xl/sharedStrings.xml */
	char *sst;
	size_t sstlen, sstcap, *sstoff, nsst, sstn;

	/* the sheet */
	struct xmlin *x;
	struct cells *c;
	long line, col, style;
	char type[12];
	int in_cell;
};

static char *
attr_dup(const char **attr, const char *name)
{
	const char *v = xml_attr(attr, name);

	return xstrdup(v ? v : "");
}

static void
gather(void *data, const char *s, int len)
{
	struct xlsx *b = data;

	if (b->collect && !b->phonetic)
		text_add(&b->t, s, (size_t)len, b->where);
}

static void
book_start(void *data, const char *name, const char **attr)
{
	struct xlsx *b = data;
	const char *v;

	if (strcmp(name, "sheet") == 0) {
		b->names = xreallocarray(b->names, b->nsheets + 1, sizeof(char *));
		b->ids = xreallocarray(b->ids, b->nsheets + 1, sizeof(char *));
		b->hidden = xreallocarray(b->hidden, b->nsheets + 1, sizeof(int));
		b->names[b->nsheets] = attr_dup(attr, "name");
		b->ids[b->nsheets] = attr_dup(attr, "id");
		v = xml_attr(attr, "state");
		b->hidden[b->nsheets++] = v != NULL && strcmp(v, "visible") != 0;
	} else if (strcmp(name, "workbookPr") == 0 &&
	    (v = xml_attr(attr, "date1904")) != NULL)
		b->date1904 = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
}

static void
rels_start(void *data, const char *name, const char **attr)
{
	struct xlsx *b = data;
	const char *id = xml_attr(attr, "Id"), *to = xml_attr(attr, "Target");

	if (strcmp(name, "Relationship") != 0 || id == NULL || to == NULL ||
	    strcmp(id, b->want_id) != 0 || b->target != NULL)
		return;
	b->target = xmalloc(strlen(to) + 4);
	if (to[0] == '/')
		strcpy(b->target, to + 1);
	else
		sprintf(b->target, "xl/%s", to);
}

static void
styles_start(void *data, const char *name, const char **attr)
{
	struct xlsx *b = data;
	const char *id = xml_attr(attr, "numFmtId");

	if (strcmp(name, "cellXfs") == 0)
		b->in_xfs = 1;
	else if (strcmp(name, "numFmt") == 0 && id != NULL) {
		b->fmt_id = xreallocarray(b->fmt_id, b->nfmt + 1, sizeof(long));
		b->fmt_code = xreallocarray(b->fmt_code, b->nfmt + 1,
		    sizeof(char *));
		b->fmt_id[b->nfmt] = strtol(id, NULL, 10);
		b->fmt_code[b->nfmt++] = attr_dup(attr, "formatCode");
	} else if (strcmp(name, "xf") == 0 && b->in_xfs) {
		long n = id ? strtol(id, NULL, 10) : 0;
		enum cell_kind k = cell_builtin(n);
		for (size_t i = 0; i < b->nfmt; i++)
			if (b->fmt_id[i] == n)
				k = cell_format(b->fmt_code[i]);
		b->xf = xrealloc(b->xf, b->nxf + 1);
		b->xf[b->nxf++] = (unsigned char)k;
	}
}

static void
styles_end(void *data, const char *name)
{
	struct xlsx *b = data;

	if (strcmp(name, "cellXfs") == 0)
		b->in_xfs = 0;
}

/* <si> holds <t>, or rich-text runs <r><t>..</t></r> joined; <rPh>, a
 * phonetic reading above the text, is no part of it. */
static void
sst_start(void *data, const char *name, const char **attr)
{
	struct xlsx *b = data;

	(void)attr;
	if (strcmp(name, "si") == 0)
		b->t.n = 0;
	else if (strcmp(name, "t") == 0)
		b->collect = 1;
	else if (strcmp(name, "rPh") == 0)
		b->phonetic = 1;
}

static void
sst_end(void *data, const char *name)
{
	struct xlsx *b = data;

	if (strcmp(name, "t") == 0)
		b->collect = 0;
	else if (strcmp(name, "rPh") == 0)
		b->phonetic = 0;
	else if (strcmp(name, "si") == 0) {
		GROW(b->sst, b->sstlen + b->t.n + 1, b->sstcap);
		if (b->nsst == b->sstn) {
			b->sstn = b->sstn ? b->sstn * 2 : 256;
			b->sstoff = xreallocarray(b->sstoff, b->sstn + 1,
			    sizeof(size_t));
		}
		if (b->t.n > 0)
			memcpy(b->sst + b->sstlen, b->t.s, b->t.n);
		b->sstoff[b->nsst++] = b->sstlen;
		b->sstlen += b->t.n;
		b->sstoff[b->nsst] = b->sstlen;
	}
}

static void
cell_start(void *data, const char *name, const char **attr)
{
	struct xlsx *b = data;
	const char *v;

	if (strcmp(name, "row") == 0) {
		v = xml_attr(attr, "r");
		b->line = v ? strtol(v, NULL, 10) : b->line + 1;
		if (b->line < 1 || b->line > (1L << 30))
			die(EXIT_DATA, "%sa row numbered \"%s\"", b->where, v);
		cells_clear(b->c, b->line);
		b->col = -1;
	} else if (strcmp(name, "c") == 0) {
		long col = b->col + 1;
		if ((v = xml_attr(attr, "r")) != NULL &&
		    (col = sheet_column(&v)) < 0)
			die(EXIT_DATA, "%srow %ld: a cell beyond column XFD, the "
			    "last of a sheet", b->where, b->line);
		if (col >= CELL_COLS)
			die(EXIT_DATA, "%srow %ld: more than %d cells", b->where,
			    b->line, CELL_COLS);
		b->col = col;
		v = xml_attr(attr, "t");
		if (v == NULL || strlen(v) >= sizeof(b->type))
			v = "n";	/* a type no cell has reads as a number */
		strcpy(b->type, v);
		v = xml_attr(attr, "s");
		b->style = v ? strtol(v, NULL, 10) : 0;
		b->t.n = 0;
		b->in_cell = 1;
	} else if (b->in_cell && (strcmp(name, "v") == 0 ||
	    strcmp(name, "t") == 0))
		b->collect = 1;
	else if (strcmp(name, "rPh") == 0)
		b->phonetic = 1;
}

static void
cell_value(struct xlsx *b)
{
	char buf[CELL_NUM], col[4];
	const char *s = b->t.s ? b->t.s : "";
	size_t n = b->t.n, k;
	enum cell_kind kind = b->style >= 0 && (size_t)b->style < b->nxf ?
	    (enum cell_kind)b->xf[b->style] : CELL_PLAIN;

	if (n == 0)
		return;
	if (strcmp(b->type, "s") == 0) {
		char *end;
		errno = 0;
		unsigned long i = strtoul(s, &end, 10);
		if (*end != '\0' || errno || i >= b->nsst)
			die(EXIT_DATA, "%srow %ld, column %s: shared string \"%s\" "
			    "of %zu", b->where, b->line,
			    sheet_letters(b->col, col), s, b->nsst);
		n = b->sstoff[i + 1] - b->sstoff[i];
		s = n > 0 ? b->sst + b->sstoff[i] : "";
	} else if (strcmp(b->type, "b") == 0) {
		s = strcmp(s, "1") == 0 ? "TRUE" : "FALSE";
		n = strlen(s);
	} else if (strcmp(b->type, "d") == 0)
		n = cell_iso(b->t.s, n);
	else if (strcmp(b->type, "n") == 0) {
		k = kind != CELL_PLAIN ? cell_serial(s, b->date1904, kind, buf) : 0;
		if (k == 0)
			k = cell_number(s, n, buf);
		if (k > 0) {
			s = buf;
			n = k;
		}
	}
	cells_put(b->c, (size_t)b->col, s, n);
}

static void
cell_end(void *data, const char *name)
{
	struct xlsx *b = data;

	if (strcmp(name, "v") == 0 || strcmp(name, "t") == 0)
		b->collect = 0;
	else if (strcmp(name, "rPh") == 0)
		b->phonetic = 0;
	else if (strcmp(name, "c") == 0) {
		cell_value(b);
		b->in_cell = 0;
	} else if (strcmp(name, "row") == 0)
		xmlin_pause(b->x);
}

/* Parses the whole of a small XML file of the workbook, if it is there. */
static void
parse(struct xlsx *b, const char *name, const struct xml_handlers *h)
{
	struct xmlin *x = xmlin_open(b->z, name, h, b, b->where);

	if (x == NULL)
		return;
	xmlin_all(x);
	xmlin_close(x);
}

static int
xlsx_next(struct sheet *s, struct cells *c)
{
	struct xlsx *b = (struct xlsx *)s;

	b->c = c;
	return xmlin_next(b->x);
}

static void
xlsx_close(struct sheet *s)
{
	struct xlsx *b = (struct xlsx *)s;

	xmlin_close(b->x);
	for (size_t i = 0; i < b->nsheets; i++) {
		free(b->names[i]);
		free(b->ids[i]);
	}
	for (size_t i = 0; i < b->nfmt; i++)
		free(b->fmt_code[i]);
	free(b->names);
	free(b->ids);
	free(b->hidden);
	free(b->fmt_id);
	free(b->fmt_code);
	free(b->xf);
	free(b->sst);
	free(b->sstoff);
	free(b->target);
	free(b->s.where);
	text_free(&b->t);
	free(b);
}

/* The sheet asked for, or the first visible one. */
static size_t
choose(struct xlsx *b, const char *want)
{
	for (size_t i = 0; i < b->nsheets; i++)
		if (want ? sheet_wanted(want, b->names[i], i) : !b->hidden[i])
			return i;
	if (want == NULL && b->nsheets > 0)
		return 0;
	if (want == NULL)
		die(EXIT_DATA, "%sthe workbook has no sheet", b->where);
	sheet_unknown(b->where, want, b->names, b->nsheets);
}

struct sheet *
sheet_xlsx(struct zipin *z, const char *want, const char *where)
{
	static const struct xml_handlers hbook = { book_start, NULL, NULL },
	    hrels = { rels_start, NULL, NULL },
	    hstyles = { styles_start, styles_end, NULL },
	    hsst = { sst_start, sst_end, gather },
	    hcells = { cell_start, cell_end, gather };
	struct xlsx *b = xcalloc(1, sizeof(*b));

	b->z = z;
	b->where = where;
	b->s.next = xlsx_next;
	b->s.close = xlsx_close;
	parse(b, "xl/workbook.xml", &hbook);
	size_t i = choose(b, want);
	b->s.name = b->names[i];
	sheet_where(&b->s, where);
	b->where = b->s.where;
	b->want_id = b->ids[i];
	parse(b, "xl/_rels/workbook.xml.rels", &hrels);
	if (b->target == NULL)
		die(EXIT_DATA, "%sthe workbook does not say where sheet \"%s\" "
		    "is (xl/_rels/workbook.xml.rels)", where, b->s.name);
	parse(b, "xl/styles.xml", &hstyles);
	parse(b, "xl/sharedStrings.xml", &hsst);
	if ((b->x = xmlin_open(z, b->target, &hcells, b, where)) == NULL)
		die(EXIT_DATA, "%sthe workbook has no %s for sheet \"%s\"",
		    where, b->target, b->s.name);
	return &b->s;
}
