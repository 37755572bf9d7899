#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "custid.h"
#include "err.h"
#include "htab.h"
#include "master.h"
#include "reader.h"
#include "reject.h"
#include "schema.h"
#include "table.h"

struct master {
	const char *path;
	struct table *t;
	int key;
	int id_exact;
	struct htab *ids;	/* key -> id number, in row order */
	uint8_t *joined;	/* by row */
	size_t njoined;
};

/* Every row is a customer's: a row the table would reject is a fault of
 * the file, which stops the run at its line (strict). */
struct master *
master_read(const struct master_opts *o)
{
	struct reader_opts ro = { .workbooks = 1 };
	struct reader *r = reader_open(o->path, &ro);
	struct rejects *rj = rejects_new(NULL, ',', 1, NULL, 1);
	struct master *m = xcalloc(1, sizeof(*m));
	struct custid norm = { 0 };
	char buf[64];
	size_t nread;

	m->path = o->path;
	m->id_exact = o->id_exact;
	m->t = table_read(r, rj, &nread);
	const struct row *h = &m->t->header;
	if ((m->key = col_find(h, o->key)) < 0)
		usage_error("--join %s: no column \"%s\" (--join-key; columns: "
		    "%s)", o->path, o->key, col_list(h));
	m->ids = htab_new();
	m->joined = xcalloc(m->t->nrows ? m->t->nrows : 1, 1);
	for (size_t i = 0; i < m->t->nrows; i++) {
		size_t len;
		const char *id = table_get(m->t, i, (size_t)m->key, &len);
		int added;
		field_trim(&id, &len);
		if (!o->id_exact)
			custid_normal(&norm, &id, &len);
		if (len == 0)
			die(EXIT_DATA, "%sline %ld: column \"%s\": no customer "
			    "id", reader_where(r), m->t->line[i], h->f[m->key]);
		uint32_t k = htab_intern(m->ids, id, len, &added);
		if (!added)
			die(EXIT_DATA, "%slines %ld and %ld: customer %s twice "
			    "(column \"%s\"): a master file has one row per "
			    "customer", reader_where(r), m->t->line[k],
			    m->t->line[i], shorten(id, len, buf, sizeof(buf)),
			    h->f[m->key]);
	}
	custid_free(&norm);
	rejects_free(rj);
	reader_close(r);
	return m;
}

void
master_clash(const struct master *m, const char *const *taken, size_t n)
{
	const struct row *h = &m->t->header;

	for (size_t c = 0; c < h->nf; c++) {
		if ((int)c == m->key)
			continue;
		if (schema_measure(h->f[c]))
			usage_error("--join %s: column \"%s\" is one the tools "
			    "compute; rename it in the master file", m->path,
			    h->f[c]);
		for (size_t k = 0; k < n; k++)
			if (strcasecmp(h->f[c], taken[k]) == 0)
				usage_error("--join %s: column \"%s\" is in the "
				    "output already", m->path, h->f[c]);
	}
}

int64_t
master_find(struct master *m, const char *id, size_t len)
{
	int64_t k = htab_find(m->ids, id, len);

	if (k >= 0 && !m->joined[k]) {
		m->joined[k] = 1;
		m->njoined++;
	}
	return k;
}

void
master_put_header(struct writer *w, const struct master *m)
{
	const struct row *h = &m->t->header;

	for (size_t c = 0; c < h->nf; c++)
		if ((int)c != m->key)
			writer_field(w, h->f[c], h->len[c]);
}

void
master_put(struct writer *w, const struct master *m, int64_t row)
{
	for (size_t c = 0; c < m->t->header.nf; c++) {
		size_t len = 0;
		const char *s = row < 0 ? "" :
		    table_get(m->t, (size_t)row, c, &len);
		if ((int)c != m->key)
			writer_field(w, s, len);
	}
}

struct table *
master_join_table(struct master *m, const struct table *t, int idcol,
    size_t *without)
{
	const struct row *h = &t->header, *mh = &m->t->header;
	size_t nf = h->nf + mh->nf - 1;
	struct row out = { .nf = nf, .f = xcalloc(nf, sizeof(char *)),
	    .len = xcalloc(nf, sizeof(size_t)) };
	struct custid norm = { 0 };

	for (size_t c = 0, k = 0; c < nf; c++, k++) {
		k += c >= h->nf && (int)(k - h->nf) == m->key;
		out.f[c] = c < h->nf ? h->f[c] : mh->f[k - h->nf];
		out.len[c] = c < h->nf ? h->len[c] : mh->len[k - h->nf];
	}
	struct table *j = table_new(&out);
	*without = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		size_t len;
		const char *id = table_get(t, i, (size_t)idcol, &len);
		field_trim(&id, &len);
		if (!m->id_exact)
			custid_normal(&norm, &id, &len);
		int64_t row = master_find(m, id, len);
		*without += row < 0;
		for (size_t c = 0, k = 0; c < nf; c++, k++) {
			k += c >= h->nf && (int)(k - h->nf) == m->key;
			if (c < h->nf)
				out.f[c] = (char *)table_get(t, i, c, &out.len[c]);
			else if (row < 0) {
				out.f[c] = "";
				out.len[c] = 0;
			} else
				out.f[c] = (char *)table_get(m->t, (size_t)row,
				    k - h->nf, &out.len[c]);
		}
		out.line = t->line[i];
		table_add(j, &out);
	}
	custid_free(&norm);
	free(out.f);
	free(out.len);
	return j;
}

void
master_report(const struct master *m, size_t customers, size_t without)
{
	warnmsg("--join %s: %zu customers = %zu with a master row + %zu "
	    "without (attributes left empty); %zu master rows = %zu joined + "
	    "%zu without a customer", m->path, customers, customers - without,
	    without, m->t->nrows, m->njoined, m->t->nrows - m->njoined);
}

void
master_free(struct master *m)
{
	htab_free(m->ids);
	table_free(m->t);
	free(m->joined);
	free(m);
}
