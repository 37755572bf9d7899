/* --kmeans: the whole table read, its --cols as points, each row written
 * with its cluster; --centroids. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "segment.h"

static void
write_centroids(const struct segment_opts *o, const struct common *co,
    const struct row *h, const int *col, size_t d, const double *c,
    size_t k, const int *label, size_t n)
{
	struct writer *w = writer_open(o->centroids, common_out_delim(co));
	size_t *size = xcalloc(k, sizeof(size_t));
	char buf[64];

	for (size_t i = 0; i < n; i++)
		size[label[i]]++;
	writer_str(w, o->name);
	writer_str(w, "customers");
	writer_str(w, "share");
	for (size_t q = 0; q < d; q++)
		writer_field(w, h->f[col[q]], h->len[col[q]]);
	writer_end(w);
	for (size_t m = 0; m < k; m++) {
		writer_int(w, (int64_t)m + 1);
		writer_int(w, (int64_t)size[m]);
		snprintf(buf, sizeof(buf), "%.4f", (double)size[m] / (double)n);
		writer_str(w, buf);
		for (size_t q = 0; q < d; q++) {
			snprintf(buf, sizeof(buf), "%.4f", c[m * d + q]);
			writer_str(w, buf);
		}
		writer_end(w);
	}
	writer_close(w);
	free(size);
}

static int
order_column(const struct segment_opts *o, const struct row *h,
    const int *col, size_t d, int *asc)
{
	char *spec = xstrdup(o->order ? o->order : h->f[col[0]]);
	char *colon = strrchr(spec, ':');

	*asc = 0;
	if (colon && (strcmp(colon, ":asc") == 0 || strcmp(colon, ":desc") == 0)) {
		*asc = colon[1] == 'a';
		*colon = '\0';
	}
	int c = col_need(h, spec, "--order-by");
	free(spec);
	for (size_t q = 0; q < d; q++)
		if (col[q] == c)
			return (int)q;
	usage_error("--order-by names a column that is not in --cols");
}

#define UNCLUSTERED	SIZE_MAX
#define REJECTED	(SIZE_MAX - 1)

size_t
kmeans_table(struct table *t, const char *where, struct segment_opts *o,
    const struct common *co, struct rejects *rj, struct out *out,
    size_t nread)
{
	size_t d, n = 0;
	const char **names = opt_list(o->cols, &d);
	int *col = xmalloc((d ? d : 1) * sizeof(int));
	char buf[64];

	if (d == 0 || d > 64)
		usage_error("--cols takes 1 to 64 columns");
	for (size_t q = 0; q < d; q++)
		col[q] = col_need(&t->header, names[q], "--cols");
	o->km.order_col = order_column(o, &t->header, col, d, &o->km.order_asc);

	double *x = xmalloc((t->nrows ? t->nrows : 1) * d * sizeof(double));
	size_t *row_of = xmalloc((t->nrows ? t->nrows : 1) * sizeof(size_t));
	/* per input row: its point, or UNCLUSTERED, or REJECTED */
	size_t *point = xmalloc((t->nrows ? t->nrows : 1) * sizeof(size_t));
	size_t unclustered = 0;
	int empty_col = -1;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct row *view = table_row(t, i);
		size_t q;
		/* a customer without a value to cluster on (no recency: only
		 * returns) keeps its row, with no segment */
		for (q = 0; q < d && view->len[col[q]] > 0; q++)
			;
		if (q < d) {
			if (empty_col < 0)
				empty_col = col[q];
			point[i] = UNCLUSTERED;
			unclustered++;
			continue;
		}
		point[i] = REJECTED;
		for (q = 0; q < d; q++) {
			double v;
			/* What the rules take for a number; beyond 1e15 no
			 * customer measure goes, and squares would overflow. */
			if (expr_number(view->f[col[q]], view->len[col[q]], &v) ||
			    fabs(v) > 1e15)
				break;
			x[n * d + q] = v;
		}
		if (q < d) {
			reject(rj, where, view, "not a number",
			    "column \"%s\": cannot cluster on \"%s\" (a plain "
			    "number up to 1e15 is needed)", t->header.f[col[q]],
			    shorten(view->f[col[q]], view->len[col[q]], buf,
			    sizeof(buf)));
			continue;
		}
		point[i] = n;
		row_of[n++] = i;
	}
	rejects_close(rj, nread);
	rejects_need_output(rj, nread, n + unclustered, NULL);
	if (n < (o->km.k ? o->km.k : o->km.kmin))
		die(EXIT_DATA, "%s%zu customers to cluster: too few for %zu "
		    "clusters", where, n, o->km.k ? o->km.k :
		    o->km.kmin);

	int *label = xmalloc(n * sizeof(int));
	double *centers;
	size_t k = kmeans_run(&o->km, x, n, d, label, &centers);
	put_header(out, &t->header);
	for (size_t i = 0; i < t->nrows; i++) {
		if (point[i] == REJECTED)
			continue;
		table_put_row(out->w, t, i);
		if (point[i] == UNCLUSTERED)
			buf[0] = '\0';
		else
			snprintf(buf, sizeof(buf), "%d", label[point[i]] + 1);
		put_segment(out, buf);
	}
	if (unclustered > 0 && !co->quiet)
		warnmsg("%zu rows not clustered, having no value in a --cols "
		    "column (as \"%s\"): written with an empty %s", unclustered,
		    t->header.f[empty_col], o->name);
	if (o->centroids)
		write_centroids(o, co, &t->header, col, d, centers, k, label, n);
	free(centers);
	free(label);
	free(row_of);
	free(point);
	free(x);
	free(col);
	opt_list_free(names, d);
	return n + unclustered;
}
