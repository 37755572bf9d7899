#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "par.h"
#include "rfm.h"
#include "schema.h"
#include "sort.h"
#include "strbuf.h"
#include "writer.h"

enum { R, F, M };

static const char *const scorename[3] = {
	COL_R_SCORE, COL_F_SCORE, COL_M_SCORE
};

/* The column each score is from. */
static const char *
metric(const struct rfm_opts *o, int k)
{
	return k == R ? COL_RECENCY_DAYS : k == F ? COL_FREQUENCY :
	    o->m_avg ? COL_AVG_ORDER_VALUE : COL_MONETARY;
}

/* R, F and M of customer i, larger meaning better for F and M only; M
 * the spend an order with --m-measure avg_order_value (0 without one). */
static int64_t
value(const struct rfm_opts *o, const struct cust *c, int k, int32_t asof)
{
	switch (k) {
	case R:
		return c->last == DAY_NONE ? INT64_MAX : asof - c->last;
	case F:
		return c->frequency;
	default:
		if (o->m_avg)
			return c->frequency > 0 ?
			    money_div_cents(c->monetary, c->frequency) : 0;
		return c->monetary;
	}
}

/* The k-th smallest of v[] (k from 1) for each k in ks[], ks rising:
 * counted when the values span a small range, as days and frequencies
 * do. Else (money) a count of each value's top bits finds the bucket each
 * k falls in, and only the values of those buckets are sorted: two
 * passes over v instead of a sort of all of it. */
#define SPAN (1 << 22)
#define TOP 16

static void
smallest(const int64_t *v, size_t n, const size_t *ks, int nk, int64_t *out)
{
	int64_t min = INT64_MAX, max = INT64_MIN;

	for (size_t i = 0; i < n; i++) {
		min = v[i] < min ? v[i] : min;
		max = v[i] > max ? v[i] : max;
	}
	if (n == 0)
		return;
	uint64_t range = (uint64_t)max - (uint64_t)min;
	int shift = 0;
	if (range >= SPAN)
		while ((range >> shift) >= (UINT64_C(1) << TOP))
			shift++;
	size_t span = (size_t)(range >> shift) + 1;
	uint32_t *count = xcalloc(span, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		count[((uint64_t)v[i] - (uint64_t)min) >> shift]++;
	size_t below[SCORE_MAX], bucket[SCORE_MAX], x = 0, under = 0;
	for (int j = 0; j < nk; j++) {
		while (under + count[x] < ks[j])
			under += count[x++];
		bucket[j] = x;
		below[j] = under;
	}
	if (shift == 0) {
		for (int j = 0; j < nk; j++)
			out[j] = min + (int64_t)bucket[j];
		free(count);
		return;
	}
	/* The buckets wanted, each once, and their values. */
	size_t m = 0;
	for (int j = 0; j < nk; j++)
		if (j == 0 || bucket[j] != bucket[j - 1])
			m += count[bucket[j]];
	int64_t *in = xreallocarray(NULL, m, sizeof(int64_t));
	size_t got = 0;
	for (size_t i = 0; i < n; i++) {
		size_t b = ((uint64_t)v[i] - (uint64_t)min) >> shift;
		for (int j = 0; j < nk && bucket[j] <= b; j++)
			if (bucket[j] == b) {
				in[got++] = v[i];
				break;
			}
	}
	sort_by_key(in, NULL, got);
	/* A bucket's values lie together in the sorted copy, in bucket
	 * order, after those of the wanted buckets before it. */
	size_t before = 0;
	for (int j = 0; j < nk; j++) {
		if (j > 0 && bucket[j] != bucket[j - 1])
			before += count[bucket[j - 1]];
		out[j] = in[before + (ks[j] - below[j]) - 1];
	}
	free(in);
	free(count);
}

/*
 * Quantile scores: a customer's rank is one more than the number of
 * customers with a worse value, so equal values share a rank and a score;
 * score = 1 + floor((rank - 1) * bins / n). A score is above s exactly
 * when at least k = ceil(s * n / bins) customers are worse, that is when
 * the value beats the k-th worst value; so the bins - 1 order statistics
 * score everyone, and no customer need be sorted.
 */
static void
by_rank(const int64_t *better, size_t n, int bins, uint8_t *out)
{
	size_t ks[SCORE_MAX];
	int64_t t[SCORE_MAX];

	if (n == 0)
		return;
	for (int s = 1; s < bins; s++)
		ks[s - 1] = ((size_t)s * n + (size_t)bins - 1) / (size_t)bins;
	smallest(better, n, ks, bins - 1, t);
	/* t rises: the score is one more than the thresholds beaten, found
	 * by halving, as percentiles have 99 */
	for (size_t i = 0; i < n; i++) {
		int lo = 0, hi = bins - 1;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (better[i] > t[mid])
				lo = mid + 1;
			else
				hi = mid;
		}
		out[i] = (uint8_t)(lo + 1);
	}
}

/* Fixed breakpoints: for R, bins minus the breaks below the value; for
 * F and M, one plus them. */
static void
by_breaks(const struct rfm_opts *o, const struct cust *c, size_t n, int k,
    int32_t asof, uint8_t *out)
{
	const struct breaks *b = &o->breaks[k];
	int bins = o->bins;

	for (size_t i = 0; i < n; i++) {
		int64_t v = value(o, &c[i], k, asof);
		int under = 0;
		while (under < b->n && b->v[under] < v)
			under++;
		out[i] = (uint8_t)(k == R ? bins - under : 1 + under);
	}
}

static void
format(int k, int64_t v, char *buf, size_t cap)
{
	if (k == M)
		money_format(v, 2, buf);
	else
		snprintf(buf, cap, "%lld", (long long)v);
}

/* The value range each score got, on stderr and in --breaks-out. */
static void
report(const struct rfm_opts *o, const struct cust *c, size_t n,
    uint8_t *const sc[3], int32_t asof)
{
	struct writer *w = NULL;
	char lo[48], hi[48];

	if (o->breaks_out) {
		w = writer_open(o->breaks_out, ',');
		writer_str(w, "score");
		writer_str(w, "value");
		writer_str(w, "min");
		writer_str(w, "max");
		writer_str(w, "customers");
		writer_end(w);
	}
	for (int k = 0; k < 3; k++) {
		int64_t min[SCORE_MAX + 1], max[SCORE_MAX + 1];
		size_t count[SCORE_MAX + 1] = { 0 };
		for (int s = 0; s <= SCORE_MAX; s++) {
			min[s] = INT64_MAX;
			max[s] = INT64_MIN;
		}
		for (size_t i = 0; i < n; i++) {
			int s = sc[k][i];
			count[s]++;
			if (k == R && c[i].last == DAY_NONE)
				continue;
			int64_t v = value(o, &c[i], k, asof);
			min[s] = v < min[s] ? v : min[s];
			max[s] = v > max[s] ? v : max[s];
		}
		struct strbuf line = STRBUF_INIT;
		strbuf_printf(&line, "%s from %s%s:", scorename[k], metric(o, k),
		    o->breaks[k].n ? " (fixed)" : "");
		for (int s = o->bins; s >= 1; s--) {
			lo[0] = hi[0] = '\0';
			if (min[s] <= max[s]) {
				format(k, min[s], lo, sizeof(lo));
				format(k, max[s], hi, sizeof(hi));
			}
			strbuf_printf(&line, " %d=%s%s%s", s, !count[s] ? "none" :
			    min[s] > max[s] ? "(no purchase)" : lo,
			    min[s] < max[s] ? ".." : "", min[s] < max[s] ? hi : "");
			if (w) {
				writer_str(w, scorename[k]);
				writer_int(w, s);
				writer_str(w, lo);
				writer_str(w, hi);
				writer_int(w, (int64_t)count[s]);
				writer_end(w);
			}
		}
		if (!o->quiet)
			warnmsg("%s", line.s);
		strbuf_free(&line);
	}
	if (w)
		writer_close(w);
}

/*
 * top20 when fewer than a fifth of the customers have a larger R x F x M,
 * bottom20 when fewer than a fifth have a smaller one, mid60 otherwise:
 * equal products share a group. Products are at most bins cubed, so
 * they are counted, not sorted; on the heap, as 100 bins make a million.
 */
static void
group(struct score *sc, size_t n, int bins)
{
	size_t products = (size_t)bins * (size_t)bins * (size_t)bins + 1;
	size_t *count = xcalloc(products, sizeof(size_t)), worse = 0;
	uint8_t *g = xcalloc(products, 1);

	for (size_t i = 0; i < n; i++)
		count[sc[i].r * sc[i].f * sc[i].m]++;
	for (size_t p = 0; p < products; p++) {
		size_t better = n - worse - count[p];
		g[p] = better * 5 < n ? 2 : worse * 5 < n ? 0 : 1;
		worse += count[p];
	}
	for (size_t i = 0; i < n; i++)
		sc[i].group = g[sc[i].r * sc[i].f * sc[i].m];
	free(count);
	free(g);
}

/* One of R, F and M scored for every customer. */
struct ranking {
	const struct rfm_opts *o;
	const struct cust *c;
	size_t n;
	int32_t asof;
	int k;
	uint8_t *out;
};

static void
score_metric(void *p)
{
	struct ranking *m = p;
	const struct cust *c = m->c;
	int k = m->k;

	if (m->o->breaks[k].n) {
		by_breaks(m->o, c, m->n, k, m->asof, m->out);
		return;
	}
	int64_t *better = xarray_huge(m->n ? m->n : 1, sizeof(int64_t));
	/* No purchase is one day worse than the worst recency, which orders
	 * and ties it as INT64_MAX would, in a small span. */
	int64_t worst = 0;
	for (size_t i = 0; k == R && i < m->n; i++)
		if (c[i].last != DAY_NONE && m->asof - c[i].last > worst)
			worst = m->asof - c[i].last;
	for (size_t i = 0; i < m->n; i++) {
		int64_t v = value(m->o, &c[i], k, m->asof);
		better[i] = k != R ? v : v == INT64_MAX ? -worst - 1 : -v;
	}
	by_rank(better, m->n, m->o->bins, m->out);
	free(better);
}

/* R and F, which are counted, beside M, which is sorted. */
static void
score_rf(void *p)
{
	struct ranking *m = p;

	score_metric(&m[R]);
	score_metric(&m[F]);
}

struct score *
score(const struct rfm_opts *o, const struct cust *c, size_t n, int32_t asof)
{
	/* Every item is set below: no need to clear them. */
	struct score *sc = xarray_huge(n ? n : 1, sizeof(*sc));
	struct ranking m[3];
	uint8_t *s[3];

	for (int k = 0; k < 3; k++) {
		s[k] = xarray_huge(n ? n : 1, 1);
		m[k] = (struct ranking){ o, c, n, asof, k, s[k] };
	}
	par_two(score_rf, m, score_metric, &m[M], n);
	for (size_t i = 0; i < n; i++)
		sc[i] = (struct score){ s[R][i], s[F][i], s[M][i], 0 };
	group(sc, n, o->bins);
	report(o, c, n, s, asof);
	for (int k = 0; k < 3; k++)
		free(s[k]);
	return sc;
}

/* The R x F grid that names each of the 25 cells once (five bins). */
const char *
segment_name(int r, int f)
{
	static const char *const grid[5][5] = {
		/* F1 .. F5 */
		{ "Hibernating", "Hibernating", "At Risk", "At Risk",
		  "Can't Lose Them" },					/* R1 */
		{ "Hibernating", "Hibernating", "At Risk", "At Risk",
		  "Can't Lose Them" },					/* R2 */
		{ "About To Sleep", "About To Sleep", "Need Attention",
		  "Loyal Customers", "Loyal Customers" },		/* R3 */
		{ "Promising", "Potential Loyalists", "Potential Loyalists",
		  "Loyal Customers", "Loyal Customers" },		/* R4 */
		{ "New Customers", "Potential Loyalists", "Potential Loyalists",
		  "Champions", "Champions" },				/* R5 */
	};

	return grid[r - 1][f - 1];
}
