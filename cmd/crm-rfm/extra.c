/* What crm-rfm writes after a customer's sums or scores: the columns
 * kept from the transactions (--keep) or a summary, and the master
 * file's (--join). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "err.h"
#include "rfm.h"

int *
keep_columns(const struct row *h, const struct rfm_opts *o, struct extra *x)
{
	int *col = xcalloc(o->nkeep, sizeof(int));

	x->names = xcalloc(o->nkeep, sizeof(char *));
	for (size_t k = 0; k < o->nkeep; k++) {
		col[k] = col_need(h, o->keep[k], "--keep");
		x->names[k] = h->f[col[k]];
		/* last_seen: a column of the sums of --summary-only */
		if (schema_measure(x->names[k]) ||
		    strcasecmp(x->names[k], COL_LAST_SEEN) == 0)
			usage_error("--keep %s: crm-rfm computes a column of "
			    "that name", o->keep[k]);
		for (size_t j = 0; j < k; j++)
			if (col[j] == col[k])
				usage_error("--keep %s: given twice", o->keep[k]);
	}
	x->nnames = o->nkeep;
	x->attrs = attrs_new(o->nkeep);
	x->val = xcalloc(o->nkeep, sizeof(char *));
	x->vlen = xcalloc(o->nkeep, sizeof(size_t));
	return col;
}

void
keep_row(struct extra *x, const int *col, const struct row *row,
    const struct txn *t)
{
	for (size_t k = 0; k < x->nnames; k++) {
		x->val[k] = row->f[col[k]];
		x->vlen[k] = row->len[col[k]];
	}
	attrs_add(x->attrs, t->cust, t->clen, t->day, x->val, x->vlen);
}

void
extra_join(struct extra *x, const struct cust *c, size_t n)
{
	if (x->attrs) {
		x->arow = xcalloc(n ? n : 1, sizeof(int64_t));
		for (size_t i = 0; i < n; i++)
			x->arow[i] = attrs_find(x->attrs, c[i].id, c[i].idlen);
	}
	if (x->master == NULL)
		return;
	master_clash(x->master, x->names, x->nnames);
	x->mrow = xcalloc(n ? n : 1, sizeof(int64_t));
	for (size_t i = 0; i < n; i++)
		x->mrow[i] = master_find(x->master, c[i].id, c[i].idlen);
}

void
extra_header(struct writer *w, const struct extra *x)
{
	for (size_t k = 0; k < x->nnames; k++)
		writer_str(w, x->names[k]);
	if (x->master)
		master_put_header(w, x->master);
}

void
extra_put(struct writer *w, const struct extra *x, size_t i)
{
	if (x->attrs)
		attrs_put(w, x->attrs, x->arow[i]);
	if (x->master)
		master_put(w, x->master, x->mrow[i]);
}

/* "; customers whose value changed: name 0, region 3" after the
 * summary line's tail, as much as it holds; the join's account on
 * stderr. */
void
extra_report(const struct extra *x, size_t n, int quiet, char *tail,
    size_t cap)
{
	size_t len = strlen(tail);

	for (size_t k = 0; x->changed && k < x->nnames && len < cap; k++) {
		int got = snprintf(tail + len, cap - len, "%s%s %zu",
		    k ? ", " : "; customers whose value changed: ",
		    x->names[k], attrs_changed(x->attrs, k));
		len += got > 0 ? (size_t)got : 0;
	}
	if (x->master && !quiet) {
		size_t without = 0;
		for (size_t i = 0; i < n; i++)
			without += x->mrow[i] < 0;
		master_report(x->master, n, without);
	}
}

void
extra_free(struct extra *x)
{
	if (x->attrs)
		attrs_free(x->attrs);
	if (x->master)
		master_free(x->master);
	free(x->names);
	free(x->val);
	free(x->vlen);
	free(x->arow);
	free(x->mrow);
}
