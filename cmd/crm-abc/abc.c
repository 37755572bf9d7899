#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abc.h"
#include "alloc.h"
#include "err.h"
#include "schema.h"
#include "sort.h"

struct keyctx {
	const struct table *t;
	const money *value;
	size_t icol;
};

/* Value descending, then id ascending: the same ranks on every run. */
static int
by_value(const void *a, const void *b, void *ctx)
{
	const struct keyctx *k = ctx;
	size_t x = *(const size_t *)a, y = *(const size_t *)b, xl, yl;

	if (k->value[x] != k->value[y])
		return k->value[x] > k->value[y] ? -1 : 1;
	const char *xs = table_get(k->t, x, k->icol, &xl);
	const char *ys = table_get(k->t, y, k->icol, &yl);
	return id_cmp(xs, xl, ys, yl);
}

/* The first class whose cut the customer has not passed. */
static int
classify(const struct abc_opts *o, __int128 before, __int128 whole)
{
	for (int k = 0; k < o->ncuts; k++)
		if (before * 100 * MONEY_SCALE < (__int128)o->cuts[k] * whole)
			return k;
	return o->ncuts;
}

struct abc *
abc_rank(const struct abc_opts *o, const struct table *t, size_t vcol,
    size_t icol, const int *ok, size_t n)
{
	struct abc *a = xcalloc(1, sizeof(*a));
	size_t m = 0, ranked = 0;
	const char *why;

	a->value = xcalloc(t->nrows, sizeof(money));
	a->rank = xcalloc(t->nrows, sizeof(size_t));
	a->cls = xcalloc(t->nrows, sizeof(int));
	a->order = xcalloc(n, sizeof(size_t));
	for (size_t i = 0; i < t->nrows; i++) {
		if (!ok[i])
			continue;
		size_t len;
		const char *s = table_get(t, i, vcol, &len);
		a->value[i] = 0;
		if (len > 0)
			money_parse(s, len, 0, &a->value[i], &why);
		a->order[m++] = i;
		if (a->value[i] > 0)
			a->total += a->value[i];
	}
	a->n = m;
	struct keyctx k = { t, a->value, icol };
	msort(a->order, m, sizeof(size_t), by_value, &k);
	for (size_t r = 0; r < m; r++)
		ranked += !o->zero_class || a->value[a->order[r]] > 0;
	/* Values at or below zero only come last; they add nothing, so the
	 * share before a customer never goes down and classes stay in order. */
	__int128 before = 0;
	for (size_t r = 0; r < m; r++) {
		size_t i = a->order[r];
		a->rank[i] = r + 1;
		if (o->zero_class && a->value[i] <= 0)
			a->cls[i] = -1;
		else if (o->by_count)
			a->cls[i] = classify(o, r, ranked);
		else
			a->cls[i] = classify(o, before, a->total);
		if (a->value[i] > 0)
			before += a->value[i];
	}
	return a;
}

static void
put_money(struct writer *w, money v, int decimals)
{
	char buf[48];

	money_format(v, decimals, buf);
	writer_str(w, buf);
}

static void
put_size(struct writer *w, size_t v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%zu", v);
	writer_str(w, buf);
}

static const char *
class_name(const struct abc_opts *o, int c)
{
	return c < 0 ? "Z" : o->names[c];
}

void
abc_write(struct writer *w, const struct abc_opts *o, const struct table *t,
    const struct abc *a, const int *ok)
{
	static const char *const cols[] = { COL_RANK, COL_VALUE_SHARE,
	    COL_CUM_SHARE, COL_ABC_CLASS };
	__int128 *cum, run = 0;

	col_clash(&t->header, cols, 4);
	cum = xcalloc(t->nrows, sizeof(__int128));
	for (size_t r = 0; r < a->n; r++) {
		run += a->value[a->order[r]];
		cum[a->order[r]] = run;
	}
	table_put_header(w, t);
	for (size_t c = 0; c < 4; c++)
		writer_str(w, cols[c]);
	writer_end(w);
	for (size_t k = 0; k < t->nrows; k++) {
		size_t i = o->sort ? (k < a->n ? a->order[k] : SIZE_MAX) : k;
		if (i == SIZE_MAX)
			break;
		if (!ok[i])
			continue;
		table_put_row(w, t, i);
		put_size(w, a->rank[i]);
		put_money(w, money_ratio(a->value[i], a->total, 1), 6);
		put_money(w, money_ratio(cum[i], a->total, 1), 6);
		writer_str(w, class_name(o, a->cls[i]));
		writer_end(w);
	}
	free(cum);
}

/* Gini of the values, those below zero counted as zero. */
static double
gini(const struct abc *a)
{
	__int128 sum = 0, weighted = 0;
	size_t n = a->n;

	/* order is descending: the i-th smallest sits at n - i. */
	for (size_t r = 0; r < n; r++) {
		money v = a->value[a->order[r]];
		if (v > 0) {
			sum += v;
			weighted += (__int128)(n - r) * v;
		}
	}
	if (sum == 0)
		return 0;
	return (double)(2 * weighted) / ((double)n * (double)sum) -
	    (double)(n + 1) / (double)n;
}

static void
summary_row(struct writer *w, const char *name, size_t count, size_t n,
    __int128 value, __int128 total)
{
	/* Each value fits money, their sum may not: never print it wrapped. */
	if (value > INT64_MAX || value < INT64_MIN)
		die(EXIT_DATA, "class %s: the values add up beyond the range "
		    "of 9.2 trillion", name);
	writer_str(w, name);
	put_size(w, count);
	put_money(w, money_ratio((__int128)count * 100, n, 10000), 2);
	put_money(w, (money)value, 2);
	put_money(w, money_ratio(value * 100, total, 10000), 2);
}

void
abc_summary(struct writer *w, const struct abc_opts *o, const struct abc *a,
    int quiet)
{
	static const int tops[] = { 1, 5, 10, 20 };
	size_t count[MAXCLASS + 1] = { 0 };
	__int128 value[MAXCLASS + 1] = { 0 }, all = 0;
	int nclass = o->ncuts + 1;
	char name[32], g[32];

	for (size_t r = 0; r < a->n; r++) {
		size_t i = a->order[r];
		int c = a->cls[i] < 0 ? nclass : a->cls[i];
		count[c]++;
		value[c] += a->value[i];
		all += a->value[i];
	}
	snprintf(g, sizeof(g), "%.4f", gini(a));
	writer_str(w, COL_CLASS);
	writer_str(w, COL_CUSTOMERS);
	writer_str(w, COL_CUSTOMERS_PCT);
	writer_str(w, COL_VALUE);
	writer_str(w, COL_VALUE_PCT);
	writer_str(w, COL_GINI);
	writer_end(w);
	for (int c = 0; c <= nclass; c++) {
		if (c == nclass && (!o->zero_class || count[c] == 0))
			continue;
		summary_row(w, c == nclass ? "Z" : o->names[c], count[c], a->n,
		    value[c], a->total);
		writer_str(w, "");
		writer_end(w);
	}
	summary_row(w, "all", a->n, a->n, all, a->total);
	writer_str(w, g);
	writer_end(w);
	for (size_t k = 0; k < sizeof(tops) / sizeof(tops[0]); k++) {
		size_t top = (a->n * (size_t)tops[k] + 99) / 100;
		__int128 v = 0;
		for (size_t r = 0; r < top; r++)
			v += a->value[a->order[r]];
		snprintf(name, sizeof(name), "top%d%%", tops[k]);
		summary_row(w, name, top, a->n, v, a->total);
		writer_str(w, "");
		writer_end(w);
		if (!quiet && tops[k] == 20) {
			char pct[48];
			money_format(money_ratio(v * 100, a->total, 10000), 2, pct);
			warnmsg("the top 20%% of customers (%zu of %zu) give %s%% "
			    "of the value; Gini %s", top, a->n, pct, g);
		}
	}
}

void
abc_free(struct abc *a)
{
	free(a->value);
	free(a->order);
	free(a->rank);
	free(a->cls);
	free(a);
}
