#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "book.h"
#include "err.h"
#include "sheet.h"

struct book {
	struct sheet *s;
	struct zipin *zip;
	struct book_opts o;
	struct cells c;
	struct row row;
	size_t rowcap;
	size_t width;		/* the header's fields */
	int headed;
	long last;		/* the line of the last row given */
	long empty, titles;	/* rows skipped */
};

/* The mimetype an OpenDocument file starts with, or "". */
static void
odf_type(struct zipin *z, char *buf, size_t cap)
{
	struct zipent *e = zipin_entry(z, "mimetype");
	size_t n = 0, k;

	if (e != NULL) {
		while (n < cap - 1 && (k = zipent_read(e, buf + n, cap - 1 - n)) > 0)
			n += k;
		zipent_close(e);
	}
	buf[n] = '\0';
}

/* A ZIP's sheet, or the reason it holds none crm-import reads. */
static struct sheet *
zip_sheet(struct zipin *z, const char *want, const char *where)
{
	char mime[128];

	if (zipin_has(z, "xl/workbook.xml"))
		return sheet_xlsx(z, want, where);
	odf_type(z, mime, sizeof(mime));
	if (strstr(mime, "opendocument.spreadsheet") != NULL)
		return sheet_ods(z, want, where);
	if (zipin_has(z, "xl/workbook.bin"))
		die(EXIT_DATA, "%sthis is an Excel binary workbook (.xlsb), "
		    "which crm-import does not read: save it as .xlsx or CSV",
		    where);
	if (zipin_has(z, "word/document.xml") || strstr(mime, ".text") != NULL)
		die(EXIT_DATA, "%sthis is a word-processor document (.docx, "
		    ".odt), not a table", where);
	if (zipin_has(z, "ppt/presentation.xml") ||
	    strstr(mime, ".presentation") != NULL)
		die(EXIT_DATA, "%sthis is a presentation (.pptx, .odp), not a "
		    "table", where);
	die(EXIT_DATA, "%sthis is a ZIP archive that holds no workbook: "
	    "unzip it first", where);
}

struct book *
book_open(struct source *src, const char *where, const struct book_opts *o)
{
	size_t n;
	const unsigned char *h = source_head(src, &n);
	struct book b = { 0 };
	int zip = n >= 4 && (memcmp(h, "PK\3\4", 4) == 0 ||
	    memcmp(h, "PK\5\6", 4) == 0);
	int ole = n >= 8 && memcmp(h, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0;

	if (source_packed(src) != NULL || (!zip && !ole))
		return NULL;
	b.o = *o;
	if (zip) {
		b.zip = zipin_open(source_whole(src), where);
		b.s = zip_sheet(b.zip, o->sheet, where);
	} else
		b.s = sheet_xls(source_whole(src), o->sheet, where);
	struct book *p = xmalloc(sizeof(*p));
	*p = b;
	return p;
}

const char *
book_where(const struct book *b)
{
	return b->s->where;
}

static size_t
filled(const struct cells *c)
{
	size_t k = 0;

	for (size_t i = 0; i < c->n; i++)
		k += c->len[i] > 0;
	return k;
}

/* Whether the row read is one before the header, to skip. */
static int
above_header(struct book *b, size_t k)
{
	return b->o.skip > 0 ? b->c.line <= b->o.skip :
	    !b->o.no_header && k < 2;
}

const struct row *
book_next(struct book *b)
{
	static char none[1];	/* an empty cell, which a caller may end */
	size_t k;

	for (;;) {
		if (!b->s->next(b->s, &b->c))
			return NULL;
		k = filled(&b->c);
		if (!b->headed && above_header(b, k))
			continue;
		if (k > 0)
			break;
	}
	if (b->headed && b->c.line > b->last + 1)	/* rows left out */
		b->empty += b->c.line - b->last - 1;
	b->last = b->c.line;
	size_t nf = b->c.n > b->width ? b->c.n : b->width;
	if (!b->headed) {
		b->headed = 1;
		b->titles = b->c.line - 1;
		b->width = nf;
	}
	if (nf > b->rowcap) {
		b->rowcap = nf;
		b->row.f = xreallocarray(b->row.f, nf, sizeof(char *));
		b->row.len = xreallocarray(b->row.len, nf, sizeof(size_t));
	}
	for (size_t i = 0; i < nf; i++) {
		int set = i < b->c.n && b->c.len[i] > 0;
		b->row.f[i] = set ? b->c.buf + b->c.off[i] : none;
		b->row.len[i] = set ? b->c.len[i] : 0;
	}
	b->row.nf = nf;
	b->row.line = b->c.line;
	b->row.unit = "row";
	return &b->row;
}

void
book_close(struct book *b)
{
	const char *where = b->s->where;

	if (b->o.warn && b->titles > 0)
		warnmsg("%s%ld row%s above the header skipped (%s)", where,
		    b->titles, b->titles == 1 ? "" : "s", b->o.skip > 0 ?
		    "--skip" : "a title: the header is the first row of two "
		    "or more cells");
	if (b->o.warn && b->empty > 0)
		warnmsg("%s%ld empty row%s skipped", where, b->empty,
		    b->empty == 1 ? "" : "s");
	b->s->close(b->s);
	if (b->zip)
		zipin_close(b->zip);
	cells_free(&b->c);
	free(b->row.f);
	free(b->row.len);
	free(b);
}
