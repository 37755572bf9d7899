#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "table.h"

static void
copy_header(struct table *t, const struct row *h)
{
	t->header.nf = h->nf;
	t->header.line = h->line;
	t->header.f = xcalloc(h->nf, sizeof(char *));
	t->header.len = xcalloc(h->nf, sizeof(size_t));
	for (size_t i = 0; i < h->nf; i++) {
		t->header.f[i] = xstrndup(h->f[i], h->len[i]);
		t->header.len[i] = h->len[i];
	}
}

void
table_add(struct table *t, const struct row *row)
{
	size_t need = 0;

	for (size_t i = 0; i < row->nf; i++)
		need += row->len[i] + 1;
	if (need > UINT32_MAX)
		die(EXIT_DATA, "line %ld: a row of more than 4 GB", row->line);
	if (t->nrows == t->rowcap) {
		t->rowcap = grow_cap(t->rowcap, t->nrows + 1);
		t->line = xreallocarray(t->line, t->rowcap, sizeof(long));
		t->start = xreallocarray(t->start, t->rowcap + 1, sizeof(size_t));
		t->text_at = xreallocarray(t->text_at, t->rowcap, sizeof(size_t));
	}
	GROW(t->off, t->noff + row->nf, t->offcap);
	GROW(t->text, t->tlen + need, t->tcap);
	size_t r = t->nrows++, at = 0;
	t->line[r] = row->line;
	t->start[r] = t->noff;
	t->text_at[r] = t->tlen;
	for (size_t i = 0; i < row->nf; i++) {
		t->off[t->noff++] = (uint32_t)at;
		memcpy(t->text + t->tlen + at, row->f[i], row->len[i]);
		t->text[t->tlen + at + row->len[i]] = '\0';
		at += row->len[i] + 1;
	}
	t->tlen += at;
	t->start[r + 1] = t->noff;
}

struct table *
table_new(const struct row *h)
{
	struct table *t = xcalloc(1, sizeof(*t));

	copy_header(t, h);
	t->start = xcalloc(1, sizeof(size_t));
	return t;
}

/* Every row that has as many fields as the header; others are rejected. */
struct table *
table_read(struct reader *r, struct rejects *rj, size_t *nread)
{
	const struct row *h = reader_header(r), *row;

	if (h == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	struct table *t = table_new(h);
	rejects_header(rj, h);
	*nread = 0;
	while ((row = reader_next(r)) != NULL) {
		++*nread;
		if (row->nf != h->nf)
			reject(rj, reader_where(r), row, "wrong field count",
			    "expected %zu fields, found %zu", h->nf, row->nf);
		else
			table_add(t, row);
	}
	return t;
}

const char *
table_get(const struct table *t, size_t row, size_t col, size_t *len)
{
	size_t k = t->start[row] + col;
	const char *s = t->text + t->text_at[row] + t->off[k];
	size_t end = k + 1 < t->start[row + 1] ? t->off[k + 1] :
	    (row + 1 < t->nrows ? t->text_at[row + 1] : t->tlen) -
	    t->text_at[row];

	*len = end - t->off[k] - 1;
	return s;
}

/* Row i as the reader gives rows (for reject), valid until the next call. */
const struct row *
table_row(struct table *t, size_t i)
{
	struct row *v = &t->view;

	if (v->f == NULL) {
		v->f = xcalloc(t->header.nf, sizeof(char *));
		v->len = xcalloc(t->header.nf, sizeof(size_t));
	}
	v->nf = t->header.nf;
	v->line = t->line[i];
	for (size_t c = 0; c < v->nf; c++)
		v->f[c] = (char *)table_get(t, i, c, &v->len[c]);
	return v;
}
void
table_put_header(struct writer *w, const struct table *t)
{
	writer_row(w, &t->header);
}

void
table_put_row(struct writer *w, const struct table *t, size_t i)
{
	size_t len;

	for (size_t c = 0; c < t->header.nf; c++) {
		const char *s = table_get(t, i, c, &len);
		writer_field(w, s, len);
	}
}

void
table_free(struct table *t)
{
	for (size_t i = 0; i < t->header.nf; i++)
		free(t->header.f[i]);
	free(t->header.f);
	free(t->header.len);
	free(t->view.f);
	free(t->view.len);
	free(t->line);
	free(t->start);
	free(t->off);
	free(t->text_at);
	free(t->text);
	free(t);
}
