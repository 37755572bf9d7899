#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "reader.h"
#include "report.h"

struct ctx {
	struct report *rp;
	const struct stats *st;
	const struct snap *s;
	char *vhead;		/* the value as a column head */
	const char *vname;	/* and in a sentence */
};

static char *
day_text(int32_t d)
{
	char buf[16];

	if (d == DAY_NONE)
		return NULL;
	date_format(d, buf);
	return xstrdup(buf);
}

static char *
order_text(const struct ctx *k)
{
	const struct stats *st = k->st;

	if (st->how == BY_NAME)
		return xstrdup("by name (no value column)");
	if (st->how == BY_VALUE)
		return xsprintf("by mean %s, highest first", k->vname);
	if (!st->others)
		return xstrdup("as given with --order");
	if (st->cur->value)
		return xsprintf("as given with --order, then by mean %s",
		    k->vname);
	return xstrdup("as given with --order, then by name");
}

static size_t
current_groups(const struct stats *st)
{
	size_t n = 0;

	for (size_t g = 0; g < st->ngroup; g++)
		n += st->g[g].n > 0;
	return n;
}

static void
totals(struct ctx *k)
{
	const struct snap *s = k->s;
	struct tab *t = tab_new(k->rp, "totals", 2, "Totals");

	t->list = 1;
	tab_col(t, "customers", "Customers", AL_NUM);
	if (s->value)
		tab_col(t, "value", k->vhead, AL_NUM);
	int dates = s->first != DAY_NONE || s->last != DAY_NONE;
	if (dates) {
		tab_col(t, "first_date", "First date", AL_LEFT);
		tab_col(t, "last_date", "Last date", AL_LEFT);
	}
	tab_col(t, "groups", "Groups", AL_NUM);
	tab_col(t, "by", "Grouped by", AL_LEFT);
	tab_col(t, "order", "Order", AL_LEFT);
	size_t r = tab_row(t), c = 0;
	tab_set(t, r, c++, fmt_size(s->n));
	if (s->value)
		tab_set(t, r, c++, fmt_money(k->st->sum, 2));
	if (dates) {
		tab_set(t, r, c++, day_text(s->first));
		tab_set(t, r, c++, day_text(s->last));
	}
	tab_set(t, r, c++, fmt_size(current_groups(k->st)));
	tab_set(t, r, c++, xstrdup(s->t->header.f[s->gcol]));
	tab_set(t, r, c, order_text(k));
}

static void
group_row(struct ctx *k, struct tab *t, const char *name, size_t n,
    money sum, money median, __int128 rsum, size_t rn, __int128 fsum,
    size_t fn)
{
	const struct snap *s = k->s;
	size_t r = tab_row(t), c = 0;

	tab_set(t, r, c++, xstrdup(name));
	tab_set(t, r, c++, fmt_size(n));
	tab_set(t, r, c++, fmt_pct(n, s->n));
	if (s->value) {
		tab_set(t, r, c++, fmt_money(sum, 2));
		tab_set(t, r, c++, fmt_pct(sum, k->st->total));
		tab_set(t, r, c++, fmt_mean(sum, n, 2));
		tab_set(t, r, c++, n ? fmt_money(median, 2) : NULL);
	}
	if (s->recency)
		tab_set(t, r, c++, fmt_mean(rsum, rn, 1));
	if (s->frequency)
		tab_set(t, r, c, fmt_mean(fsum, fn, 1));
}

static money
median_all(const struct ctx *k)
{
	const struct stats *st = k->st;
	size_t n = k->s->n;

	if (n == 0 || k->s->value == NULL)
		return 0;
	__int128 mid = k->s->value[st->rank[n / 2]];
	if (n % 2 == 0)
		mid += k->s->value[st->rank[n / 2 - 1]];
	return money_ratio(mid, (__int128)(n % 2 ? 1 : 2) * MONEY_SCALE, 10000);
}

static void
groups(struct ctx *k)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s;
	struct tab *t = tab_new(k->rp, "groups", 2, "Groups");
	struct strbuf note = STRBUF_INIT;

	tab_col(t, "group", "Group", AL_LEFT);
	tab_col(t, "customers", "Customers", AL_NUM);
	tab_col(t, "customers_pct", "%", AL_NUM);
	strbuf_puts(&note, "% of all customers");
	if (s->value) {
		tab_col(t, "value", k->vhead, AL_NUM);
		tab_col(t, "value_pct", "%", AL_NUM);
		tab_col(t, "mean_value", "Mean", AL_NUM);
		tab_col(t, "median_value", "Median", AL_NUM);
		strbuf_printf(&note, " and of the %s above zero; mean and median %s "
		    "per customer", k->vname, k->vname);
	}
	if (s->recency || s->frequency)
		strbuf_printf(&note, "; mean %s%s%s", s->recency ?
		    "recency (days since the last purchase)" : "",
		    s->recency && s->frequency ? " and " : "",
		    s->frequency ? "frequency" : "");
	strbuf_puts(&note, ".");
	t->note = note.s;
	if (s->recency)
		tab_col(t, "mean_recency", "Recency", AL_NUM);
	if (s->frequency)
		tab_col(t, "mean_frequency", "Frequency", AL_NUM);
	__int128 rsum = 0, fsum = 0;
	size_t rn = 0, fn = 0;
	for (size_t p = 0; p < st->ngroup; p++) {
		const struct group *g = &st->g[st->order[p]];
		if (g->n == 0)
			continue;
		group_row(k, t, group_name(st, st->order[p]), g->n, g->sum,
		    g->median, g->rsum, g->rn, g->fsum, g->fn);
		rsum += g->rsum;
		rn += g->rn;
		fsum += g->fsum;
		fn += g->fn;
	}
	group_row(k, t, "all", s->n, st->sum, median_all(k), rsum, rn, fsum,
	    fn);
	t->total = 1;
}

static void
pareto(struct ctx *k)
{
	static const int tops[] = { 1, 5, 10, 20, 50 };
	const struct stats *st = k->st;
	size_t n = k->s->n;
	struct tab *t = tab_new(k->rp, "pareto", 2, "Pareto");

	tab_col(t, "top", "Top", AL_LEFT);
	tab_col(t, "customers", "Customers", AL_NUM);
	tab_col(t, "customers_pct", "%", AL_NUM);
	tab_col(t, "value", k->vhead, AL_NUM);
	tab_col(t, "value_pct", "%", AL_NUM);
	for (size_t i = 0; i < sizeof(tops) / sizeof(tops[0]); i++) {
		size_t top = (n * (size_t)tops[i] + 99) / 100, r = tab_row(t);
		tab_set(t, r, 0, xsprintf("top%d%%", tops[i]));
		tab_set(t, r, 1, fmt_size(top));
		tab_set(t, r, 2, fmt_pct(top, n));
		tab_set(t, r, 3, fmt_money(st->cum[top], 2));
		tab_set(t, r, 4, fmt_pct(st->cum[top], st->total));
		if (tops[i] == 20)
			t->note = xsprintf("Customers ranked by %s, best first; "
			    "shares of the %s above zero. The best 20%% (%zu of "
			    "%zu) give %s%%.", k->vname, k->vname, top, n,
			    t->cell[r * t->ncol + 4]);
	}
}

static struct tab *
heat_table(struct ctx *k, const char *id, int level, const char *title,
    int means)
{
	const struct stats *st = k->st;
	struct tab *t = tab_new(k->rp, id, level, title);
	char name[16];

	tab_col(t, "r_score", "R \\ F", AL_LEFT);
	for (int f = 1; f <= st->maxf; f++) {
		snprintf(name, sizeof(name), "%d", f);
		tab_col(t, name, name, AL_NUM);
	}
	for (int r = st->maxr; r >= 1; r--) {
		size_t row = tab_row(t);
		tab_set(t, row, 0, xsprintf("%d", r));
		for (int f = 1; f <= st->maxf; f++) {
			size_t c = st->heat[r - 1][f - 1];
			tab_set(t, row, (size_t)f, means ?
			    fmt_mean(st->heatsum[r - 1][f - 1], c, 2) :
			    fmt_size(c));
		}
	}
	return t;
}

static void
heatmap(struct ctx *k)
{
	struct tab *t = heat_table(k, "rf_customers", 2,
	    "Customers by R and F score", 0);

	t->note = xstrdup("Rows: R score (recency, "
	    "highest most recent); columns: F score (frequency).");
	if (k->s->value) {
		char *title = xsprintf("Mean %s by R and F score", k->vname);
		heat_table(k, "rf_mean_value", 3, title, 1);
		free(title);
	}
}

static void
tiers(struct ctx *k, long top)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s;
	struct tab *h = tab_new(k->rp, NULL, 2, "Top customers");

	h->note = xsprintf("The best %ld of each group by %s.", top, k->vname);
	for (size_t p = 0; p < st->ngroup; p++) {
		const struct group *g = &st->g[st->order[p]];
		if (g->n == 0)
			continue;
		size_t m = g->n < (size_t)top ? g->n : (size_t)top, len;
		char *title = xsprintf("%s: best %zu of %zu",
		    group_name(st, st->order[p]), m, g->n);
		struct tab *t = tab_new(k->rp, "tiers", 3, title);
		free(title);
		t->label = 1;
		t->also_key = xstrdup("group");
		t->also = xstrdup(group_name(st, st->order[p]));
		tab_col(t, "rank", "#", AL_NUM);
		tab_col(t, "customer", "Customer", AL_LEFT);
		tab_col(t, "value", k->vhead, AL_NUM);
		if (s->recency)
			tab_col(t, "recency", "Recency", AL_NUM);
		if (s->frequency)
			tab_col(t, "frequency", "Frequency", AL_NUM);
		for (size_t j = 0; j < m; j++) {
			size_t i = g->member[j], r = tab_row(t), c = 0;
			const char *id = snap_id(s, i, &len);
			tab_set(t, r, c++, fmt_size(j + 1));
			tab_set(t, r, c++, xstrndup(id, len));
			tab_set(t, r, c++, fmt_money(s->value[i], 2));
			if (s->recency)
				tab_set(t, r, c++, s->recency[i] == MISSING ?
				    NULL : fmt_money(s->recency[i], 0));
			if (s->frequency)
				tab_set(t, r, c, s->frequency[i] == MISSING ?
				    NULL : fmt_money(s->frequency[i], 0));
		}
	}
}

/* The same text in the column for every member of every group. */
static int
constant(const struct stats *st, size_t col)
{
	const struct snap *s = st->cur;

	for (size_t g = 0; g < st->ngroup; g++) {
		const struct group *p = &st->g[g];
		size_t l0, l;
		for (size_t j = 1; j < p->n; j++) {
			const char *a = table_get(s->t, s->row[p->member[0]], col,
			    &l0);
			const char *b = table_get(s->t, s->row[p->member[j]], col,
			    &l);
			if (l != l0 || memcmp(a, b, l) != 0)
				return 0;
		}
	}
	return 1;
}

/* crm-segment writes each segment's plan right after the segment. */
/* An action column that is money a customer: its name ends in budget or
 * cost (gift_budget, cost). */
static int
is_budget(const char *name)
{
	size_t n = strlen(name);

	return (n >= 6 && strcasecmp(name + n - 6, "budget") == 0) ||
	    (n >= 4 && strcasecmp(name + n - 4, "cost") == 0);
}

size_t
plan_cols(const struct stats *st, size_t *from)
{
	const struct snap *s = st->cur;
	const struct row *h = &s->t->header;
	size_t end = (size_t)s->gcol + 1;

	*from = end;
	/* A column a tool computes is a measure, never part of a plan, even
	 * when it is the same within every group. Grouped by one of crm-rfm's
	 * (rfm_group), there is no plan: the columns after it are the
	 * customers' own (crm-rfm puts --keep's and --join's there); after
	 * any other (a segment, abc_class) a plan is where crm-segment's
	 * --actions and --actions-by put it. */
	while (schema_tool(h->f[s->gcol]) != SCHEMA_RFM && s->n > 0 &&
	    end < h->nf && (int)end != s->icol && (int)end != s->vcol &&
	    !schema_measure(h->f[end]) && constant(st, end))
		end++;
	return end;
}

static void
actions(struct ctx *k)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s;
	const struct row *h = &s->t->header;
	size_t from, end = plan_cols(st, &from), len;

	if (end == from)
		return;
	size_t nb = 0, *budget = xcalloc(end -
	    from, sizeof(size_t));
	for (size_t c = from; c < end; c++)
		if (is_budget(h->f[c]))
			budget[nb++] = c;
	struct tab *t = tab_new(k->rp, nb ? "actions" : NULL, 2,
	    "Segment actions");
	tab_col(t, "group", "Group", AL_LEFT);
	for (size_t c = from; c < end; c++)
		tab_col(t, h->f[c], h->f[c], AL_LEFT);
	for (size_t b = 0; b < nb; b++) {
		char *key = xsprintf("%s_total", h->f[budget[b]]);
		char *head = xsprintf("%s total", h->f[budget[b]]);
		tab_col(t, key, head, AL_NUM);
		free(key);
		free(head);
	}
	money *sum = xcalloc(nb ? nb : 1, sizeof(money));
	for (size_t p = 0; p < st->ngroup; p++) {
		const struct group *g = &st->g[st->order[p]];
		if (g->n == 0)
			continue;
		size_t r = tab_row(t);
		tab_set(t, r, 0, xstrdup(group_name(st, st->order[p])));
		for (size_t c = from; c < end; c++) {
			const char *v = table_get(s->t, s->row[g->member[0]], c,
			    &len);
			tab_set(t, r, c - (size_t)s->gcol, xstrndup(v, len));
		}
		for (size_t b = 0; b < nb; b++) {
			const char *v = table_get(s->t, s->row[g->member[0]],
			    budget[b], &len);
			money each, all;
			const char *why;
			if (money_parse(v, len, 0, &each, &why) || money_mul(each,
			    (money)g->n * MONEY_SCALE, &all) || money_add(sum[b],
			    all, &sum[b]))
				continue;	/* no amount: no total */
			tab_set(t, r, end - from + 1 + b, fmt_money(all, 2));
		}
	}
	if (nb) {
		size_t r = tab_row(t);
		t->total = 1;
		tab_set(t, r, 0, xstrdup("all"));
		for (size_t b = 0; b < nb; b++)
			tab_set(t, r, end - from + 1 + b, fmt_money(sum[b], 2));
	}
	free(sum);
	free(budget);
}

static char *
top_names(const struct stats *st, size_t top)
{
	struct strbuf b = STRBUF_INIT;

	for (size_t p = 0; p < top; p++)
		strbuf_printf(&b, "%s%s", p ? ", " : "",
		    group_name(st, st->order[p]));
	return strbuf_detach(&b);
}

static void
changes(struct ctx *k, const struct moves *m, const char *file)
{
	const struct stats *st = k->st;
	struct tab *h = tab_new(k->rp, NULL, 2, "Since the previous report");
	char *order = order_text(k), *names = top_names(st, st->ngroup);

	h->note = xsprintf("Compared with %s (%zu customers). Groups %s: %s; "
	    "a move to an earlier group is an upgrade.", file, st->prev->n,
	    order, names);
	free(order);
	free(names);
	struct tab *t = tab_new(k->rp, "changes", 3, "Changes");
	t->list = 1;
	tab_col(t, "new", "New", AL_NUM);
	tab_col(t, "lost", "Lost", AL_NUM);
	tab_col(t, "upgraded", "Upgraded", AL_NUM);
	tab_col(t, "downgraded", "Downgraded", AL_NUM);
	tab_col(t, "unchanged", "Unchanged", AL_NUM);
	tab_col(t, "fell_out", "Fell out of the top groups", AL_NUM);
	size_t r = tab_row(t);
	tab_set(t, r, 0, fmt_size(m->fresh));
	tab_set(t, r, 1, fmt_size(m->lost));
	tab_set(t, r, 2, fmt_size(m->up));
	tab_set(t, r, 3, fmt_size(m->down));
	tab_set(t, r, 4, fmt_size(m->same));
	tab_set(t, r, 5, fmt_size(m->nfell));
	t->mark[2] = MARK_UP;
	t->mark[3] = MARK_DOWN;
}

/* Whether customer i of s bought: a frequency above 0, or without that
 * column, any row. */
static int
active(const struct snap *s, size_t i)
{
	return s->frequency == NULL || (s->frequency[i] != MISSING &&
	    s->frequency[i] > 0);
}

/*
 * Retention and churn since the previous table, by the group each
 * customer was in: of the customers active then (with a purchase in its
 * window), those active now.  With crm-rfm --window 1y on both runs that
 * is the yearly retention the course quotes (15-35% of customers lost a
 * year).
 */
static void
retention(struct ctx *k)
{
	const struct stats *st = k->st;
	const struct snap *p = st->prev, *s = k->s;
	size_t g = st->ngroup, *was = xcalloc(g + 1, sizeof(size_t)),
	    *kept = xcalloc(g + 1, sizeof(size_t));
	struct tab *t = tab_new(k->rp, "retention", 3,
	    "Retention: of the customers active before, those active now");

	for (size_t i = 0; i < p->n; i++) {
		size_t len;
		const char *id = snap_id(p, i, &len);
		int64_t c = htab_find(s->ids, id, len);
		size_t pos = st->pos[p->grp[i]];
		if (!active(p, i))
			continue;
		int stayed = c >= 0 && active(s, (size_t)c);
		was[pos]++, was[g]++;
		kept[pos] += stayed, kept[g] += stayed;
	}
	tab_col(t, "previous", "Group before", AL_LEFT);
	tab_col(t, "active_before", "Active before", AL_NUM);
	tab_col(t, "active_now", "Active now", AL_NUM);
	tab_col(t, "retention_pct", "Retention %", AL_NUM);
	tab_col(t, "churn_pct", "Churn %", AL_NUM);
	t->total = 1;
	for (size_t i = 0; i <= g; i++) {
		if (i < g && was[i] == 0)
			continue;
		size_t r = tab_row(t);
		tab_set(t, r, 0, xstrdup(i < g ? group_name(st, st->order[i]) :
		    "all"));
		tab_set(t, r, 1, fmt_size(was[i]));
		tab_set(t, r, 2, fmt_size(kept[i]));
		tab_set(t, r, 3, was[i] ? fmt_pct(kept[i], was[i]) : NULL);
		tab_set(t, r, 4, was[i] ? fmt_pct(was[i] - kept[i], was[i]) :
		    NULL);
	}
	free(was);
	free(kept);
}

/* The movement's word for customers new or gone, in brackets where a
 * group has that name. */
static const char *
word(const struct stats *st, const char *w, const char *bracketed)
{
	return htab_find(st->names, w, strlen(w)) >= 0 ? bracketed : w;
}

static void
matrix(struct ctx *k, const struct moves *m)
{
	const struct stats *st = k->st;
	const char *lost = word(st, "lost", "(lost)");
	size_t g = st->ngroup;
	struct tab *t = tab_new(k->rp, "movement", 3,
	    "Movement: previous group (rows) to group now (columns)");

	tab_col(t, "previous", "Was \\ now", AL_LEFT);
	for (size_t p = 0; p < g; p++)
		tab_col(t, group_name(st, st->order[p]),
		    group_name(st, st->order[p]), AL_NUM);
	tab_col(t, lost, lost, AL_NUM);
	for (size_t i = 0; i <= g; i++) {
		size_t r = tab_row(t);
		tab_set(t, r, 0, xstrdup(i < g ? group_name(st, st->order[i]) :
		    word(st, "new", "(new)")));
		/* Colour where customers moved; the eye skips the zeros. */
		for (size_t j = 0; j <= g; j++) {
			size_t n = m->cell[i * m->dim + j];
			tab_set(t, r, j + 1, fmt_size(n));
			t->mark[r * t->ncol + j + 1] = n == 0 ? MARK_FAINT :
			    i == g || j == g ? MARK_NONE : j < i ? MARK_UP :
			    j > i ? MARK_DOWN : MARK_SAME;
		}
	}
}

static void
fell(struct ctx *k, const struct moves *m)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s, *p = st->prev;
	char *names = top_names(st, m->top);
	char *title = xsprintf("Fell out of the top (%s): call first", names);
	struct tab *t = tab_new(k->rp, NULL, 3, title);
	size_t len;

	free(names);
	free(title);
	tab_col(t, "customer", "Customer", AL_LEFT);
	tab_col(t, "was", "Was", AL_LEFT);
	tab_col(t, "now", "Now", AL_LEFT);
	if (p->value) {
		char *h = xsprintf("%s before", k->vhead);
		tab_col(t, "previous_value", h, AL_NUM);
		free(h);
	}
	if (s->value)
		tab_col(t, "value", k->vhead, AL_NUM);
	for (size_t j = 0; j < m->nfell; j++) {
		const struct fall *f = &m->fell[j];
		size_t r = tab_row(t), c = 0;
		const char *id = snap_id(p, f->prev, &len);
		tab_set(t, r, c++, xstrndup(id, len));
		tab_set(t, r, c++, xstrdup(group_name(st, p->grp[f->prev])));
		tab_set(t, r, c++, xstrdup(f->cur == SIZE_MAX ?
		    word(st, "lost", "(lost)") : group_name(st, s->grp[f->cur])));
		if (p->value)
			tab_set(t, r, c++, fmt_money(p->value[f->prev], 2));
		if (s->value && f->cur != SIZE_MAX)
			tab_set(t, r, c, fmt_money(s->value[f->cur], 2));
	}
}

static void
sections(struct ctx *k, const struct moves *mv, const struct report_opts *o)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s;

	totals(k);
	groups(k);
	if (s->value && st->total > 0 && !o->brief)
		pareto(k);
	if (st->maxr > 0 && !o->brief)
		heatmap(k);
	if (s->value && o->top > 0 && s->n > 0 && !o->brief)
		tiers(k, o->top);
	if (!o->brief)
		actions(k);
	if (o->campaign)
		campaign_tab(k->rp, o->campaign);
	if (mv) {
		changes(k, mv, o->previous);
		if (o->brief)
			return;
		retention(k);
		matrix(k, mv);
		fell(k, mv);
	}
}

struct report *
report_build(const struct stats *st, const struct moves *mv,
    const struct report_opts *o)
{
	struct report *rp = xcalloc(1, sizeof(*rp));
	const struct snap *s = st->cur;
	struct ctx k = { rp, st, s, NULL, "value" };

	if (s->value) {
		const char *v = s->t->header.f[s->vcol];
		k.vname = strcasecmp(v, COL_MONETARY) ? v : "revenue";
		k.vhead = strcasecmp(v, COL_MONETARY) ? xstrdup(v) :
		    xstrdup("Revenue");
	}
	rp->title = xstrdup(o->title ? o->title : o->call_list ? "Call list" :
	    "Customer report");
	rp->st = st;
	rp->vname = k.vname;
	/* First: what to do this week. */
	if (o->call_list || o->calls > 0)
		calls_tab(rp, st, k.vhead ? k.vhead : "Value", o->call_list ?
		    SIZE_MAX : (size_t)o->calls, o->call_list);
	if (!o->call_list)
		sections(&k, mv, o);
	free(k.vhead);
	clean(rp->title);
	for (size_t i = 0; i < rp->ntab; i++) {
		clean(rp->tab[i]->title);
		if (rp->tab[i]->note)
			clean(rp->tab[i]->note);
	}
	return rp;
}

void
report_free(struct report *rp)
{
	for (size_t i = 0; i < rp->ntab; i++) {
		struct tab *t = rp->tab[i];
		for (size_t c = 0; c < t->ncol; c++) {
			free(t->key[c]);
			free(t->head[c]);
		}
		for (size_t j = 0; j < t->nrow * t->ncol; j++)
			free(t->cell[j]);
		free(t->key);
		free(t->head);
		free(t->align);
		free(t->cell);
		free(t->mark);
		free(t->also_key);
		free(t->also);
		free(t->title);
		free(t->note);
		free(t);
	}
	free(rp->tab);
	free(rp->title);
	free(rp);
}
