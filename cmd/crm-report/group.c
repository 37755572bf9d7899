#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "report.h"
#include "sort.h"

static void
add(money *sum, money v, const char *what)
{
	if (money_add(*sum, v, sum))
		die(EXIT_DATA, "the sum of %s is too large to be exact", what);
}

/* Value descending, then id ascending: crm-abc's ranks. */
static int
by_value(const void *a, const void *b, void *ctx)
{
	const struct snap *s = ctx;
	size_t x = *(const size_t *)a, y = *(const size_t *)b, xl, yl;

	if (s->value && s->value[x] != s->value[y])
		return s->value[x] > s->value[y] ? -1 : 1;
	const char *xs = snap_id(s, x, &xl), *ys = snap_id(s, y, &yl);
	return id_cmp(xs, xl, ys, yl);
}

/* A group's mean value as a fraction, now or else in the previous table. */
static void
mean_of(const struct stats *st, uint32_t g, __int128 *sum, __int128 *n)
{
	const struct group *p = &st->g[g];

	*sum = p->n ? p->sum : p->psum;
	*n = p->n ? p->n : p->pn;
}

struct order_ctx {
	const struct stats *st;
	const size_t *given;
	int prev_value;
};

/*
 * Named by --order first, then the groups of this table, then those only
 * in the previous one; within each, mean value highest first, then name.
 */
static int
by_order(const void *a, const void *b, void *ctx)
{
	const struct order_ctx *k = ctx;
	const struct stats *st = k->st;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	size_t xl, yl;

	if (k->given[x] != k->given[y])
		return k->given[x] < k->given[y] ? -1 : 1;
	int xc = st->g[x].n > 0, yc = st->g[y].n > 0;
	if (xc != yc)
		return xc ? -1 : 1;
	if (xc ? st->cur->value != NULL : k->prev_value) {
		__int128 xs, xn, ys, yn;
		mean_of(st, x, &xs, &xn);
		mean_of(st, y, &ys, &yn);
		if (xn && yn && xs * yn != ys * xn)
			return xs * yn > ys * xn ? -1 : 1;
	}
	const char *xs = htab_key(st->names, x, &xl);
	const char *ys = htab_key(st->names, y, &yl);
	return id_cmp(xs, xl, ys, yl);
}

static void
order(struct stats *st, const char **given, size_t ngiven, int quiet)
{
	size_t *at = xcalloc(st->ngroup ? st->ngroup : 1, sizeof(size_t));

	for (size_t g = 0; g < st->ngroup; g++)
		at[g] = SIZE_MAX;
	for (size_t k = 0; k < ngiven; k++) {
		int64_t g = htab_find(st->names, given[k], strlen(given[k]));
		if (g < 0 && !quiet)
			warnmsg("--order: no group \"%s\" in the input", given[k]);
		if (g >= 0 && at[g] == SIZE_MAX)
			at[g] = k;
	}
	st->how = ngiven ? BY_GIVEN : st->cur->value ? BY_VALUE : BY_NAME;
	st->order = xcalloc(st->ngroup ? st->ngroup : 1, sizeof(uint32_t));
	st->pos = xcalloc(st->ngroup ? st->ngroup : 1, sizeof(size_t));
	for (size_t g = 0; g < st->ngroup; g++) {
		st->order[g] = (uint32_t)g;
		st->others |= ngiven && at[g] == SIZE_MAX;
	}
	struct order_ctx k = { st, at, st->prev && st->prev->value };
	msort(st->order, st->ngroup, sizeof(uint32_t), by_order, &k);
	for (size_t p = 0; p < st->ngroup; p++)
		st->pos[st->order[p]] = p;
	free(at);
}

static void
median(struct group *g, const money *value)
{
	if (g->n == 0 || value == NULL)
		return;
	/* Members are best first; the median does not mind. */
	__int128 mid = value[g->member[g->n / 2]];
	if (g->n % 2 == 0)
		mid += value[g->member[g->n / 2 - 1]];
	g->median = money_ratio(mid, (__int128)(g->n % 2 ? 1 : 2) * MONEY_SCALE,
	    10000);
}

static void
heat(struct stats *st)
{
	const struct snap *s = st->cur;

	if (s->r == NULL)
		return;
	for (size_t i = 0; i < s->n; i++)
		if (s->r[i] > HEAT_MAX || s->f[i] > HEAT_MAX)
			return;
	for (size_t i = 0; i < s->n; i++) {
		int r = s->r[i], f = s->f[i];
		if (r == 0)
			continue;
		st->heat[r - 1][f - 1]++;
		if (s->value)
			add(&st->heatsum[r - 1][f - 1], s->value[i], "a score cell");
		st->maxr = r > st->maxr ? r : st->maxr;
		st->maxf = f > st->maxf ? f : st->maxf;
	}
}

struct stats *
stats_new(const struct snap *cur, const struct snap *prev,
    const struct htab *names, const char **given, size_t ngiven, int quiet)
{
	struct stats *st = xcalloc(1, sizeof(*st));
	size_t n = cur->n;

	st->cur = cur;
	st->prev = prev;
	st->names = names;
	st->ngroup = htab_count(names);
	st->g = xcalloc(st->ngroup ? st->ngroup : 1, sizeof(struct group));
	for (size_t i = 0; i < n; i++) {
		struct group *g = &st->g[cur->grp[i]];
		g->n++;
		if (cur->value) {
			add(&g->sum, cur->value[i], "a group's values");
			add(&st->sum, cur->value[i], "the values");
			if (cur->value[i] > 0)
				add(&st->total, cur->value[i], "the values");
		}
		if (cur->recency && cur->recency[i] != MISSING) {
			g->rsum += cur->recency[i];
			g->rn++;
		}
		if (cur->frequency && cur->frequency[i] != MISSING) {
			g->fsum += cur->frequency[i];
			g->fn++;
		}
	}
	for (size_t i = 0; prev && i < prev->n; i++) {
		struct group *g = &st->g[prev->grp[i]];
		g->pn++;
		if (prev->value)
			add(&g->psum, prev->value[i], "a previous group's values");
	}
	st->rank = xcalloc(n ? n : 1, sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		st->rank[i] = i;
	msort(st->rank, n, sizeof(size_t), by_value, (void *)cur);
	st->cum = xcalloc(n + 1, sizeof(money));
	for (size_t k = 0; k < n; k++)
		st->cum[k + 1] = st->cum[k] +
		    (cur->value ? cur->value[st->rank[k]] : 0);
	for (size_t g = 0; g < st->ngroup; g++)
		st->g[g].member = xcalloc(st->g[g].n ? st->g[g].n : 1,
		    sizeof(size_t));
	size_t *fill = xcalloc(st->ngroup ? st->ngroup : 1, sizeof(size_t));
	for (size_t k = 0; k < n; k++) {
		size_t i = st->rank[k];
		st->g[cur->grp[i]].member[fill[cur->grp[i]]++] = i;
	}
	free(fill);
	for (size_t g = 0; g < st->ngroup; g++)
		median(&st->g[g], cur->value);
	order(st, given, ngiven, quiet);
	heat(st);
	return st;
}

size_t
stats_shared_groups(const struct stats *st)
{
	size_t n = 0;

	for (size_t g = 0; g < st->ngroup; g++)
		n += st->g[g].n > 0 && st->g[g].pn > 0;
	return n;
}

const char *
group_name(const struct stats *st, uint32_t g)
{
	return htab_key(st->names, g, NULL);
}

void
stats_free(struct stats *st)
{
	for (size_t g = 0; g < st->ngroup; g++)
		free(st->g[g].member);
	free(st->g);
	free(st->order);
	free(st->pos);
	free(st->rank);
	free(st->cum);
	free(st);
}
