/*
 * The call list: whom to contact, most urgent first, with what the table
 * knows of each customer and, in plain words, why they are on it.
 *
 * On the list: with --previous, customers whose group is now later in
 * the order (a downgrade, as the report counts it), customers lost from
 * the table and new ones; and customers of groups whose plan names a
 * personal channel (phone, call, visit, account manager).  A downgrade of
 * a customer who did not buy and whose revenue (or M score, after a
 * return) did not change is "aged":
 * only the time passed (recency grew; under quantile scores the other
 * customers moved too), which is calendar noise, not news.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "report.h"
#include "sort.h"

/* How a customer's group moved; the list's order follows it. */
enum move { MV_DOWN, MV_LOST, MV_AGED, MV_NEW, MV_UP, MV_SAME, MV_NONE };

static const char *const move_word[] = { "down", "lost", "aged", "new",
	"up", "same", "" };

/* The plan's column of visits a month, as the shipped plans name it. */
#define VISITS "visits_per_month"

struct call {
	size_t cur, prev;	/* SIZE_MAX when not in that table */
	enum move move;
	int overdue;		/* past the usual gap between purchases */
	money stake;		/* clv where the table has it, else the value */
	size_t steps;		/* groups fallen */
};

struct calls {
	const struct stats *st;
	const struct snap *s, *p;	/* p NULL without --previous */
	int channel, visits;	/* plan columns of s, -1 without */
	int clv;		/* a clv column besides the value */
	int32_t asof, pasof;	/* each table's as-of day, DAY_NONE unknown */
	struct call *c;
	size_t n;
};

/* last_date + recency_days of any customer: the day crm-rfm counted to. */
static int32_t
asof_of(const struct snap *s)
{
	for (size_t i = 0; s && s->d1 && s->recency && i < s->n; i++)
		if (s->d1[i] != DAY_NONE && s->recency[i] != MISSING)
			return s->d1[i] + (int32_t)(s->recency[i] / MONEY_SCALE);
	return DAY_NONE;
}

static const char *
cell_of(const struct snap *s, size_t i, int col, size_t *len)
{
	*len = 0;
	return col < 0 ? "" : table_get(s->t, s->row[i], (size_t)col, len);
}

/* A channel that is a person talking to the customer. */
static int
personal(const char *s, size_t n)
{
	static const char *const words[] = { "phone", "call", "visit",
		"manager", "\xe7\x94\xb5\xe8\xaf\x9d" /* 电话 */,
		"\xe6\x8b\x9c\xe8\xae\xbf" /* 拜访 */,
		"\xe7\xbb\x8f\xe7\x90\x86" /* 经理 */ };
	char *t = xstrndup(s, n);
	int yes = 0;

	for (size_t i = 0; t[i]; i++)
		if (t[i] >= 'A' && t[i] <= 'Z')
			t[i] = (char)(t[i] - 'A' + 'a');
	for (size_t w = 0; w < sizeof(words) / sizeof(words[0]) && !yes; w++)
		yes = strstr(t, words[w]) != NULL;
	free(t);
	return yes;
}

static int
says_call(const struct calls *k, size_t i)
{
	size_t len;
	const char *v = cell_of(k->s, i, k->channel, &len);

	return k->channel >= 0 && personal(v, len);
}

static money
num(const struct snap *s, int n, size_t i)
{
	return s->num[n] ? s->num[n][i] : MISSING;
}

/* Bought nothing since, by every column both tables have: the same last
 * purchase, frequency and revenue, or after a return the same M score.
 * 0 when nothing can tell. */
static int
unchanged(const struct calls *k, size_t i, size_t p)
{
	const struct snap *s = k->s, *q = k->p;
	int known = 0;

	if (s->d1 && q->d1) {
		if (s->d1[i] != q->d1[p])
			return 0;
		known = 1;
	}
	if (s->frequency && q->frequency) {
		if (s->frequency[i] != q->frequency[p])
			return 0;
		known = 1;
	}
	if (s->num[N_MONETARY] && q->num[N_MONETARY]) {
		if (s->num[N_MONETARY][i] != q->num[N_MONETARY][p] &&
		    !(s->m && q->m && s->m[i] && s->m[i] == q->m[p]))
			return 0;
		known = 1;
	}
	return known;
}

/* Purchase days (or orders) of customer i of s, MISSING unknown. */
static money
days_of(const struct snap *s, size_t i)
{
	money days = num(s, N_PURCHASE_DAYS, i);

	return days == MISSING && s->frequency ? s->frequency[i] : days;
}

/* The mean gap in days between purchase days, rounded; -1 without two. */
static long
gap_of(const struct snap *s, size_t i)
{
	money days = days_of(s, i);

	if (!s->d0 || !s->d1 || days == MISSING || days < 2 * MONEY_SCALE ||
	    s->d0[i] == DAY_NONE || s->d1[i] == DAY_NONE || s->d1[i] < s->d0[i])
		return -1;
	long n = (long)(days / MONEY_SCALE) - 1;
	return ((long)(s->d1[i] - s->d0[i]) + n / 2) / n;
}

/* Longer without a purchase than the customer's usual gap. */
static int
overdue(const struct snap *s, size_t i)
{
	long gap = gap_of(s, i);

	return gap >= 0 && s->recency && s->recency[i] != MISSING &&
	    s->recency[i] / MONEY_SCALE > gap;
}

static money
stake(const struct snap *s, size_t i)
{
	money v = num(s, N_CLV, i);

	return v != MISSING ? v : s->value ? s->value[i] : 0;
}

static void
add(struct calls *k, size_t cur, size_t prev, enum move m, size_t steps)
{
	const struct snap *s = cur != SIZE_MAX ? k->s : k->p;

	size_t i = cur != SIZE_MAX ? cur : prev;

	k->c[k->n++] = (struct call){ cur, prev, m, overdue(s, i), stake(s, i),
	    steps };
}

/* Down and lost first, then aged, new, and those on the list by plan;
 * within each the overdue first, then the most at stake, then the
 * longest fall, then id. */
static int
by_priority(const void *a, const void *b, void *ctx)
{
	const struct calls *k = ctx;
	const struct call *x = a, *y = b;
	int cx = x->move == MV_LOST ? MV_DOWN : x->move > MV_NEW ? MV_UP :
	    (int)x->move;
	int cy = y->move == MV_LOST ? MV_DOWN : y->move > MV_NEW ? MV_UP :
	    (int)y->move;
	size_t xl, yl;

	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (x->overdue != y->overdue)
		return x->overdue ? -1 : 1;
	if (x->stake != y->stake)
		return x->stake > y->stake ? -1 : 1;
	if (x->steps != y->steps)
		return x->steps > y->steps ? -1 : 1;
	const char *xs = x->cur != SIZE_MAX ? snap_id(k->s, x->cur, &xl) :
	    snap_id(k->p, x->prev, &xl);
	const char *ys = y->cur != SIZE_MAX ? snap_id(k->s, y->cur, &yl) :
	    snap_id(k->p, y->prev, &yl);
	return id_cmp(xs, xl, ys, yl);
}

static void
collect(struct calls *k)
{
	const struct stats *st = k->st;
	const struct snap *s = k->s, *p = k->p;

	k->c = xcalloc(s->n + (p ? p->n : 0) + 1, sizeof(struct call));
	for (size_t i = 0; i < s->n; i++) {
		size_t len, to = st->pos[s->grp[i]];
		const char *id = snap_id(s, i, &len);
		int64_t q = p ? htab_find(p->ids, id, len) : -1;
		if (p && q < 0) {
			add(k, i, SIZE_MAX, MV_NEW, 0);
			continue;
		}
		size_t from = p ? st->pos[p->grp[q]] : to;
		if (to > from)
			add(k, i, (size_t)q, unchanged(k, i, (size_t)q) ? MV_AGED :
			    MV_DOWN, to - from);
		else if (says_call(k, i))
			add(k, i, p ? (size_t)q : SIZE_MAX, !p ? MV_NONE :
			    to < from ? MV_UP : MV_SAME, 0);
	}
	for (size_t q = 0; p && q < p->n; q++) {
		size_t len;
		const char *id = snap_id(p, q, &len);
		if (htab_find(s->ids, id, len) < 0)
			add(k, SIZE_MAX, q, MV_LOST, st->ngroup - st->pos[p->grp[q]]);
	}
	msort(k->c, k->n, sizeof(struct call), by_priority, k);
}

static void
day_words(struct strbuf *b, int32_t d)
{
	char buf[16];

	date_format(d, buf);
	strbuf_puts(b, buf);
}

/* "no purchase for 45 days (usually every 12: overdue)": the recency,
 * and the mean gap between purchase days where there are two or more. */
static void
since(struct strbuf *b, const struct snap *s, size_t i, const char *lead)
{
	money rec = s->recency ? s->recency[i] : MISSING;
	long gap = gap_of(s, i);

	if (rec == MISSING)
		return;
	long r = (long)(rec / MONEY_SCALE);
	strbuf_printf(b, "%sno purchase for %ld day%s", lead, r, r == 1 ? "" :
	    "s");
	if (gap >= 0)
		strbuf_printf(b, " (usually every %ld%s)", gap, overdue(s, i) ?
		    ": overdue" : "");
	else if (days_of(s, i) == MONEY_SCALE)
		strbuf_puts(b, " (bought on one day only)");
}

/* "R 5 to 4, F 4 to 3": the scores that changed; how many fell. */
static int
scores(struct strbuf *b, const struct calls *k, size_t i, size_t p,
    int *r_fell)
{
	const struct snap *s = k->s, *q = k->p;
	const uint8_t *now[3] = { s->r, s->f, s->m }, *was[3] = { q->r, q->f,
	    q->m };
	int fell = 0, n = 0;

	*r_fell = 0;
	for (int j = 0; j < 3; j++) {
		if (!now[j] || !was[j] || !now[j][i] || !was[j][p] ||
		    now[j][i] == was[j][p])
			continue;
		strbuf_printf(b, "%s%c %d to %d", n++ ? ", " : "", "RFM"[j],
		    was[j][p], now[j][i]);
		if (now[j][i] < was[j][p]) {
			fell++;
			*r_fell |= j == 0;
		}
	}
	return fell;
}

static void
spent(struct strbuf *b, const struct snap *s, size_t i)
{
	money pct = num(s, N_CHANGE_PCT, i);

	if (pct == MISSING || pct == 0)
		return;
	char *v = fmt_money(pct < 0 ? -pct : pct, 0);
	strbuf_printf(b, "; spent %s%% %s than in the window before", v,
	    pct < 0 ? "less" : "more");
	free(v);
}

static const char *
week_words(const struct calls *k, char *buf, size_t cap)
{
	if (k->asof == DAY_NONE || k->pasof == DAY_NONE)
		return "since the previous report";
	if (k->asof - k->pasof == 7)
		return "this week";
	snprintf(buf, cap, "in the last %ld days", (long)(k->asof - k->pasof));
	return buf;
}

/* "no new purchase; score fell because the week passed (R 5 to 4)":
 * for a customer who bought nothing and scores lower all the same. */
static void
aged(struct strbuf *b, const struct calls *k, const struct strbuf *sc,
    int fell, int r_fell)
{
	char buf[48];
	const char *when = week_words(k, buf, sizeof(buf));

	strbuf_printf(b, "no new purchase; score fell because %s passed",
	    strcmp(when, "this week") == 0 ? "the week" : "the time");
	if (fell > r_fell)
		strbuf_puts(b, " and the other customers' scores moved");
	if (sc->len)
		strbuf_printf(b, " (%s)", sc->s);
}

static void
moved(struct strbuf *b, const struct calls *k, const struct call *c)
{
	const struct stats *st = k->st;
	struct strbuf sc = STRBUF_INIT;
	int r_fell, fell = scores(&sc, k, c->cur, c->prev, &r_fell);

	strbuf_printf(b, "%s from %s to %s", c->move == MV_UP ? "rose" : "fell",
	    group_name(st, k->p->grp[c->prev]), group_name(st,
	    k->s->grp[c->cur]));
	/* the first detail after a colon, the others after semicolons */
	size_t at = b->len;
	if (c->move == MV_AGED) {
		strbuf_puts(b, ": ");
		aged(b, k, &sc, fell, r_fell);
		since(b, k->s, c->cur, "; ");
	} else {
		since(b, k->s, c->cur, ": ");
		if (sc.len)
			strbuf_printf(b, "%sscores %s", b->len > at ? "; " : ": ",
			    sc.s);
	}
	strbuf_free(&sc);
	if (k->s->num[N_MONETARY] && k->p->num[N_MONETARY]) {
		money now = k->s->num[N_MONETARY][c->cur];
		money was = k->p->num[N_MONETARY][c->prev];
		if (now != MISSING && was != MISSING && now != was) {
			char *x = fmt_money(was, 2), *y = fmt_money(now, 2);
			strbuf_printf(b, "%srevenue %s to %s", b->len > at ? "; " :
			    ": ", x, y);
			free(x);
			free(y);
		}
	}
}

static char *
reason(const struct calls *k, const struct call *c)
{
	const struct stats *st = k->st;
	struct strbuf b = STRBUF_INIT;
	char buf[48];

	switch (c->move) {
	case MV_LOST:
		strbuf_printf(&b, "no longer in the customer table (was %s)",
		    group_name(st, k->p->grp[c->prev]));
		break;
	case MV_NEW:
		strbuf_printf(&b, "new %s", week_words(k, buf, sizeof(buf)));
		if (k->s->d0 && k->s->d0[c->cur] != DAY_NONE) {
			strbuf_puts(&b, k->pasof != DAY_NONE && k->s->d0[c->cur] <
			    k->pasof ? ": back, first purchase on " :
			    ": first purchase on ");
			day_words(&b, k->s->d0[c->cur]);
		}
		break;
	case MV_DOWN:
	case MV_AGED:
	case MV_UP:
		moved(&b, k, c);
		break;
	case MV_SAME:
	case MV_NONE:
		strbuf_printf(&b, "%s, whose plan is a personal contact",
		    group_name(st, k->s->grp[c->cur]));
		since(&b, k->s, c->cur, "; ");
		if (c->move == MV_SAME && unchanged(k, c->cur, c->prev)) {
			struct strbuf sc = STRBUF_INIT;
			int r_fell, fell = scores(&sc, k, c->cur, c->prev, &r_fell);
			if (fell) {
				strbuf_puts(&b, "; ");
				aged(&b, k, &sc, fell, r_fell);
			}
			strbuf_free(&sc);
		}
		break;
	}
	if (c->cur != SIZE_MAX)
		spent(&b, k->s, c->cur);
	return strbuf_detach(&b);
}

/* Columns no tool computes: the customer's attributes, passed through. */
static int
attribute(const struct snap *s, size_t c, size_t pfrom, size_t pend)
{
	const char *name = s->t->header.f[c];

	return (int)c != s->icol && (int)c != s->gcol && (int)c != s->vcol &&
	    (c < pfrom || c >= pend) && !schema_measure(name) &&
	    strcasecmp(name, COL_RECENCY) != 0 && strcmp(name, COL_T) != 0 &&
	    strcasecmp(name, COL_MONETARY_VALUE) != 0;
}

static void
columns(struct tab *t, const struct calls *k, size_t pfrom, size_t pend,
    const char *vhead)
{
	const struct row *h = &k->s->t->header;
	const char *g = h->f[k->s->gcol];

	tab_col(t, "priority", "#", AL_NUM);
	tab_col(t, h->f[k->s->icol], "Customer", AL_LEFT);
	for (size_t c = 0; c < h->nf; c++)
		if (attribute(k->s, c, pfrom, pend))
			tab_col(t, h->f[c], h->f[c], AL_LEFT);
	if (k->p) {
		char *key = xsprintf("%s_before", g);
		tab_col(t, key, "Was", AL_LEFT);
		free(key);
	}
	tab_col(t, g, k->p ? "Now" : "Group", AL_LEFT);
	if (k->channel >= 0)
		tab_col(t, h->f[k->channel], h->f[k->channel], AL_LEFT);
	if (k->visits >= 0)
		tab_col(t, h->f[k->visits], h->f[k->visits], AL_NUM);
	if (k->s->value)
		tab_col(t, h->f[k->s->vcol], vhead, AL_NUM);
	if (k->clv)
		tab_col(t, COL_CLV, "CLV", AL_NUM);
	if (k->p)
		tab_col(t, "move", "Move", AL_LEFT);
	tab_col(t, "reason", "Reason", AL_LEFT);
}

/* The cell of column c of s's header for customer i of table q (the
 * previous one for a lost customer), found there by name. */
static char *
pass(const struct snap *s, const struct snap *q, size_t i, size_t c)
{
	size_t len;
	int qc = q == s ? (int)c : col_find(&q->t->header, s->t->header.f[c]);
	const char *v = cell_of(q, i, qc, &len);

	return qc < 0 ? NULL : xstrndup(v, len);
}

static void
fill(struct tab *t, size_t r, const struct calls *k, const struct call *c,
    size_t pfrom, size_t pend)
{
	const struct snap *s = k->s, *q = c->cur != SIZE_MAX ? s : k->p;
	const struct row *h = &s->t->header;
	size_t i = c->cur != SIZE_MAX ? c->cur : c->prev, col = 0, len;
	const char *id = snap_id(q, i, &len);

	tab_set(t, r, col++, fmt_size(r + 1));
	tab_set(t, r, col++, xstrndup(id, len));
	for (size_t f = 0; f < h->nf; f++)
		if (attribute(s, f, pfrom, pend))
			tab_set(t, r, col++, pass(s, q, i, f));
	if (k->p)
		tab_set(t, r, col++, c->prev == SIZE_MAX ? NULL :
		    xstrdup(group_name(k->st, k->p->grp[c->prev])));
	tab_set(t, r, col++, c->cur == SIZE_MAX ? NULL :
	    xstrdup(group_name(k->st, s->grp[c->cur])));
	if (k->channel >= 0)
		tab_set(t, r, col++, c->cur == SIZE_MAX ? NULL :
		    pass(s, s, i, (size_t)k->channel));
	if (k->visits >= 0)
		tab_set(t, r, col++, c->cur == SIZE_MAX ? NULL :
		    pass(s, s, i, (size_t)k->visits));
	if (s->value)
		tab_set(t, r, col++, q->value ? fmt_money(q->value[i], 2) : NULL);
	if (k->clv)
		tab_set(t, r, col++, num(q, N_CLV, i) == MISSING ? NULL :
		    fmt_money(num(q, N_CLV, i), 2));
	if (k->p)
		tab_set(t, r, col++, xstrdup(move_word[c->move]));
	tab_set(t, r, col, reason(k, c));
}

static int
plan_col(const struct row *h, size_t from, size_t end, const char *name)
{
	for (size_t c = from; c < end; c++)
		if (strcasecmp(h->f[c], name) == 0)
			return (int)c;
	return -1;
}

struct tab *
calls_tab(struct report *rp, const struct stats *st, const char *vhead,
    size_t limit, int always)
{
	struct calls k = { .st = st, .s = st->cur, .p = st->prev };
	size_t pfrom, pend = plan_cols(st, &pfrom);
	const struct row *h = &k.s->t->header;

	k.channel = plan_col(h, pfrom, pend, COL_CHANNEL);
	k.visits = plan_col(h, pfrom, pend, VISITS);
	k.clv = k.s->num[N_CLV] && (k.s->vcol < 0 ||
	    strcasecmp(h->f[k.s->vcol], COL_CLV) != 0);
	k.asof = asof_of(k.s);
	k.pasof = asof_of(k.p);
	collect(&k);
	if (k.n == 0 && !k.p && !always) {
		free(k.c);
		return NULL;
	}
	size_t shown = k.n < limit ? k.n : limit;
	char *title = shown < k.n ? xsprintf("Call list: first %zu of %zu",
	    shown, k.n) : xsprintf("Call list: %zu customer%s", k.n,
	    k.n == 1 ? "" : "s");
	struct tab *t = tab_new(rp, "call_list", 2, title);
	free(title);
	t->note = xsprintf("%s customers of groups whose plan is a personal "
	    "contact (phone, call, visit, manager); in each the overdue first, "
	    "then by %s, highest first.", k.p ? "Moved down or lost, then aged "
	    "(no new purchase, only the time passed), then new, then the" :
	    "The", k.clv ? "CLV" : "value");
	t->label = 1;
	t->cards = 1;
	columns(t, &k, pfrom, pend, vhead);
	for (size_t j = 0; j < shown; j++)
		fill(t, tab_row(t), &k, &k.c[j], pfrom, pend);
	free(k.c);
	return t;
}
