#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "grow.h"
#include "rfm.h"
#include "schema.h"
#include "sort.h"
#include "summary.h"
#include "txn.h"

/* Sums canonical transactions up per customer; *first is the earliest
 * day of any row counted (purchase or return), or DAY_NONE. */
struct summary *
read_transactions(struct reader *r, const struct rfm_opts *o,
    struct rejects *rj, size_t *nread, size_t *late, int32_t *first,
    struct extra *ex)
{
	struct txn_names names = o->cols;
	struct txn_reader *t;
	struct summary_opts so = o->so;
	struct txn x;
	int *keep = NULL;

	names.rows = o->nkeep > 0;
	t = txn_open(r, &names, rj);
	if (o->nkeep) {
		keep = keep_columns(reader_header(r), o, ex);
		ex->changed = 1;
	}

	so.orders = txn_has_orders(t);
	struct summary *s = summary_new(&so);
	*late = 0;
	*first = DAY_NONE;
	while (txn_next(t, &x)) {
		int after = summary_add(s, &x);
		*late += (size_t)after;
		if (!after && (*first == DAY_NONE || x.day < *first))
			*first = x.day;
		if (keep && !after)
			keep_row(ex, keep, txn_row(t), &x);
	}
	free(keep);
	*nread = txn_rows(t);
	txn_close(t);
	return s;
}

static const char *const summary_cols[] = {
	COL_CUSTOMER_ID, COL_FIRST_DATE, COL_LAST_DATE, COL_LAST_SEEN,
	COL_FREQUENCY, COL_MONETARY, COL_PURCHASE_DAYS, COL_REPEAT_MONETARY,
	COL_PREV_FREQUENCY, COL_PREV_MONETARY,
};
#define NSUMMARY(trend) ((trend) ? 10 : 8)

static int
get_count(const char *s, size_t n, uint32_t *v)
{
	uint64_t x = 0;

	if (n == 0 || n > 9)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (uint64_t)(s[i] - '0');
	}
	*v = (uint32_t)x;
	return 0;
}

/* One summary row into c; the index of the bad column, or -1. */
static int
parse_summary(const struct row *row, const int *col, int trend,
    struct date_parser *dp, struct cust *c)
{
	const char *why;
	char *const *f = row->f;
	const size_t *l = row->len;

#define F(i) f[col[i]], l[col[i]]
	if (date_field(dp, F(1), &c->first))
		return 1;
	if (date_field(dp, F(2), &c->last))
		return 2;
	if (date_field(dp, F(3), &c->seen))
		return 3;
	if (get_count(F(4), &c->frequency))
		return 4;
	if (money_parse(F(5), 0, &c->monetary, &why))
		return 5;
	if (get_count(F(6), &c->purchase_days))
		return 6;
	if (money_parse(F(7), 0, &c->repeat_monetary, &why))
		return 7;
	if (trend && get_count(F(8), &c->prev_frequency))
		return 8;
	if (trend && money_parse(F(9), 0, &c->prev_monetary, &why))
		return 9;
#undef F
	return -1;
}

/* What a summary row cannot say, which would give a negative tenure or
 * recency or a customer counted wrong: a last purchase before the first
 * or after the last row, purchases without a purchase date or dates
 * without purchases, or with --asof a day on or after it (the part was
 * summed to a later one). */
static int
bad_days(const struct cust *c, int32_t asof, const char **why)
{
	if (c->first == DAY_NONE && c->last != DAY_NONE) {
		*why = "given without first_date";
		return 2;
	}
	if ((c->first == DAY_NONE) != (c->purchase_days == 0)) {
		*why = c->first == DAY_NONE ? "purchase days without a purchase "
		    "date" : "a purchase date without purchase days";
		return 6;
	}
	if (c->first == DAY_NONE && c->frequency > 0) {
		*why = "purchases without a purchase date";
		return 4;
	}
	if (c->seen != DAY_NONE && c->last != DAY_NONE && c->seen < c->last) {
		*why = "before last_date";
		return 3;
	}
	if (c->last == DAY_NONE ? c->first != DAY_NONE : c->last < c->first) {
		*why = c->last == DAY_NONE ? "missing" : "before first_date";
		return 2;
	}
	*why = "on or after --asof";
	if (asof != DAY_NONE && c->last != DAY_NONE && c->last >= asof)
		return 2;
	if (asof != DAY_NONE && c->seen != DAY_NONE && c->seen >= asof)
		return 3;
	*why = NULL;
	return -1;
}

/* The summary's columns that are not sums, kept as they are: what
 * --summary-only wrote of --keep. NULL for none. */
static int *
other_columns(const struct row *h, struct extra *x)
{
	int *col = xcalloc(h->nf, sizeof(int));
	size_t n = 0;

	x->names = xcalloc(h->nf, sizeof(char *));
	for (size_t i = 0; i < h->nf; i++) {
		size_t k = 0;
		while (k < 10 && col_find(h, summary_cols[k]) != (int)i)
			k++;
		if (k == 10) {
			x->names[n] = h->f[i];
			col[n++] = (int)i;
		}
	}
	if (n == 0) {
		free(col);
		return NULL;
	}
	x->nnames = n;
	x->attrs = attrs_new(n);
	x->val = xcalloc(n, sizeof(char *));
	x->vlen = xcalloc(n, sizeof(size_t));
	return col;
}

static void
keep_other(struct extra *x, const int *col, const struct row *row,
    const char *id, size_t len)
{
	struct txn t = { .cust = id, .clen = len, .day = 0 };

	keep_row(x, col, row, &t);
}

static int
cust_by_id(const void *a, const void *b, void *ctx)
{
	const struct cust *x = a, *y = b;

	(void)ctx;
	return id_cmp(x->id, x->idlen, y->id, y->idlen);
}

/* Reads what --summary-only wrote; returns the rows read. */
size_t
read_summary(struct reader *r, struct rejects *rj, struct cust **custs,
    size_t *n, char **idbuf, int trend, int32_t asof, struct extra *ex)
{
	const struct row *h = reader_header(r), *row;
	const char *w = reader_where(r);
	struct date_parser *dp = alloc_or_die(date_parser_new(NULL));
	struct cust *c = NULL;
	size_t nread = 0, cap = 0, idlen = 0, idcap = 0;
	char *ids = NULL, buf[64];
	int col[10];

	if (h == NULL)
		die(EXIT_DATA, "%sempty input: no header line", w);
	rejects_header(rj, h);
	for (int i = 0; i < NSUMMARY(trend); i++)
		if ((col[i] = col_find(h, summary_cols[i])) < 0)
			usage_error("%s--from-summary: no column \"%s\" (columns: "
			    "%s)", w, summary_cols[i], col_list(h));
	int *other = other_columns(h, ex);
	*n = 0;
	while ((row = reader_next(r)) != NULL) {
		struct cust x = { 0 };
		nread++;
		if (row->nf != h->nf) {
			reject(rj, w, row, "wrong field count",
			    "expected %zu fields, found %zu", h->nf, row->nf);
			continue;
		}
		const char *id = row->f[col[0]];
		size_t len = row->len[col[0]];
		field_trim(&id, &len);
		const char *why = NULL;
		int bad = len == 0 ? 0 : parse_summary(row, col, trend, dp, &x);
		if (bad < 0)
			bad = bad_days(&x, asof, &why);
		if (bad >= 0) {
			reject(rj, w, row, "bad summary value",
			    "column \"%s\": cannot use \"%s\"%s%s%s",
			    summary_cols[bad], shorten(row->f[col[bad]],
			    row->len[col[bad]], buf, sizeof(buf)), why ? " (" : "",
			    why ? why : "", why ? ")" : "");
			continue;
		}
		if (other)
			keep_other(ex, other, row, id, len);
		GROW(ids, idlen + len + 1, idcap);
		memcpy(ids + idlen, id, len);
		ids[idlen + len] = '\0';
		x.id = (const char *)(uintptr_t)idlen;	/* an offset until ids stops moving */
		x.idlen = len;
		idlen += len + 1;
		GROW(c, *n + 1, cap);
		c[(*n)++] = x;
	}
	date_parser_free(dp);
	free(other);
	for (size_t i = 0; i < *n; i++)
		c[i].id = ids + (uintptr_t)c[i].id;
	sort_custs(c, *n);
	for (size_t i = 1; i < *n; i++)
		if (cust_by_id(&c[i - 1], &c[i], NULL) == 0)
			die(EXIT_DATA, "%scustomer %s appears twice: summaries "
			    "must cover disjoint sets of customers", w,
			    shorten(c[i].id, c[i].idlen, buf, sizeof(buf)));
	*custs = c;
	*idbuf = ids;
	return nread;
}

/* The day after the last day any summary row saw. */
int32_t
default_asof(const struct cust *c, size_t n)
{
	int32_t max = DAY_NONE;

	for (size_t i = 0; i < n; i++)
		if (c[i].seen != DAY_NONE && (max == DAY_NONE || c[i].seen > max))
			max = c[i].seen;
	return max == DAY_NONE ? 0 : max + 1;
}

/* The earliest first_date: the data's first day as far as summaries
 * tell (they keep no day of a return before a customer's first
 * purchase), or DAY_NONE. */
int32_t
first_purchase(const struct cust *c, size_t n)
{
	int32_t min = DAY_NONE;

	for (size_t i = 0; i < n; i++)
		if (c[i].first != DAY_NONE && (min == DAY_NONE || c[i].first < min))
			min = c[i].first;
	return min;
}

/* Warns when the data starts after the first of the days from..to-1,
 * saying what follows for the output; returns whether it does. */
static int
partly_covered(const char *name, int32_t from, int32_t to, int32_t first,
    const char *then)
{
	char a[16], b[16], f[16];

	if (first <= from)
		return 0;
	int have = first < to ? (int)(to - first) : 0;
	date_format(from, a);
	date_format(to - 1, b);
	date_format(first, f);
	warnmsg("the %s (%s to %s) is %s covered by the data, which starts on "
	    "%s: %d of %d days; %s", name, a, b, have ? "only partly" : "not",
	    f, have, (int)(to - from), then);
	return 1;
}

/*
 * A window that reaches back before the data's first day sums fewer days
 * than its name says, and the change columns then compare unequal
 * periods; nothing in the output shows it, so it is said on stderr. The
 * rule is the same for both windows: the data starts after the window's
 * first day.
 */
void
warn_coverage(const struct summary_opts *so, int32_t asof, int32_t first)
{
	if (first == DAY_NONE || (so->window == 0 && so->months == 0))
		return;
	int32_t start = window_start(asof, so->window, so->months);
	int cur = partly_covered("window", start, asof, first,
	    "frequency and monetary count those days only");
	if (so->trend) {
		char why[80];
		snprintf(why, sizeof(why), "the change columns compare a %s "
		    "window with %s one", cur ? "partial" : "full",
		    first < start ? "a partial" : "an empty");
		partly_covered("previous window", window_start(start,
		    so->window, so->months), start, first, why);
	}
}

static void
put_day(struct writer *w, int32_t day)
{
	if (day == DAY_NONE)
		writer_unquoted(w, "", 0);
	else
		writer_day(w, day);
}

static void
put_money(struct writer *w, money m)
{
	writer_money(w, m, 2);
}

static void
put_header(struct writer *w, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		writer_str(w, names[i]);
}

struct summed {
	const struct cust *c;
	size_t n;
	int trend;
	const struct extra *x;
};

static void
summary_rows(struct writer *w, size_t from, size_t to, void *ctx)
{
	const struct summed *t = ctx;
	const struct cust *c = t->c;

	for (size_t i = from; i < to; i++) {
		if (i + 8 < t->n)	/* ids lie in the order they were first seen */
			__builtin_prefetch(c[i + 8].id);
		writer_field(w, c[i].id, c[i].idlen);
		put_day(w, c[i].first);
		put_day(w, c[i].last);
		put_day(w, c[i].seen);
		writer_int(w, c[i].frequency);
		put_money(w, c[i].monetary);
		writer_int(w, c[i].purchase_days);
		put_money(w, c[i].repeat_monetary);
		if (t->trend) {
			writer_int(w, c[i].prev_frequency);
			put_money(w, c[i].prev_monetary);
		}
		if (t->x)
			extra_put(w, t->x, i);
		writer_end(w);
	}
}

void
write_summary(struct writer *w, const struct cust *c, size_t n, int trend,
    const struct extra *x)
{
	struct summed t = { c, n, trend, x };

	put_header(w, summary_cols, NSUMMARY(trend));
	if (x)
		extra_header(w, x);
	writer_end(w);
	writer_rows(w, n, summary_rows, &t);
}

static const char *const scored_cols[] = {
	COL_CUSTOMER_ID, COL_FIRST_DATE, COL_LAST_DATE, COL_RECENCY_DAYS,
	COL_FREQUENCY, COL_MONETARY, COL_AVG_ORDER_VALUE, COL_TENURE_DAYS,
	COL_PURCHASE_DAYS, COL_REPEAT_MONETARY,
};
static const char *const trend_cols[] = {
	COL_PREV_FREQUENCY, COL_PREV_MONETARY, COL_MONETARY_CHANGE,
	COL_MONETARY_CHANGE_PCT,
};
static const char *const score_cols[] = {
	COL_R_SCORE, COL_F_SCORE, COL_M_SCORE, COL_RFM_CELL, COL_RFM_SUM,
	COL_RFM_PRODUCT, COL_RFM_GROUP,
};
static const char *const groups[] = { "bottom20", "mid60", "top20" };

/* change as a percentage of base, rounded half away from zero to
 * hundredths, as money (millionths). */
static money
percent(money change, money base)
{
	__int128 x = (__int128)change * 100 * 100;
	__int128 q = x / base, r = x % base;

	if (2 * (r < 0 ? -r : r) >= (base < 0 ? -base : base))
		q += (x < 0) == (base < 0) ? 1 : -1;
	return (money)(q * (MONEY_SCALE / 100));
}

struct scored {
	const struct rfm_opts *o;
	const struct cust *c;
	const struct score *sc;
	size_t n;
	int32_t asof;
	const struct extra *x;
};

static void
scored_rows(struct writer *w, size_t from, size_t to, void *ctx)
{
	const struct scored *t = ctx;
	int trend = t->o->so.trend;

	for (size_t i = from; i < to; i++) {
		const struct cust *x = &t->c[i];
		const struct score *s = &t->sc[i];
		if (i + 8 < t->n)	/* ids lie in the order they were first seen */
			__builtin_prefetch(t->c[i + 8].id);
		writer_field(w, x->id, x->idlen);
		put_day(w, x->first);
		put_day(w, x->last);
		if (x->last == DAY_NONE)
			writer_str(w, "");
		else
			writer_int(w, t->asof - x->last);
		writer_int(w, x->frequency);
		put_money(w, x->monetary);
		if (x->frequency == 0)
			writer_str(w, "");
		else
			put_money(w, money_div_cents(x->monetary, x->frequency));
		if (x->first == DAY_NONE)
			writer_str(w, "");
		else
			writer_int(w, t->asof - x->first);
		writer_int(w, x->purchase_days);
		put_money(w, x->repeat_monetary);
		if (trend) {
			writer_int(w, x->prev_frequency);
			put_money(w, x->prev_monetary);
			put_money(w, x->monetary - x->prev_monetary);
			if (x->prev_monetary <= 0)
				writer_str(w, "");
			else
				put_money(w, percent(x->monetary -
				    x->prev_monetary, x->prev_monetary));
		}
		if (t->o->bins <= CELL_DIGITS) {
			char cell[3] = { (char)('0' + s->r), (char)('0' + s->f),
			    (char)('0' + s->m) };
			writer_unquoted(w, cell, 1);
			writer_unquoted(w, cell + 1, 1);
			writer_unquoted(w, cell + 2, 1);
			writer_unquoted(w, cell, 3);
		} else {
			char cell[16];
			int len = snprintf(cell, sizeof(cell), "%d-%d-%d", s->r,
			    s->f, s->m);
			writer_int(w, s->r);
			writer_int(w, s->f);
			writer_int(w, s->m);
			writer_unquoted(w, cell, (size_t)len);
		}
		writer_int(w, s->r + s->f + s->m);
		writer_int(w, s->r * s->f * s->m);
		writer_str(w, groups[s->group]);
		if (t->o->names)
			writer_str(w, segment_name(s->r, s->f));
		if (t->x)
			extra_put(w, t->x, i);
		writer_end(w);
	}
}

void
write_scored(struct writer *w, const struct rfm_opts *o, const struct cust *c,
    const struct score *sc, size_t n, int32_t asof, const struct extra *x)
{
	struct scored t = { o, c, sc, n, asof, x };

	put_header(w, scored_cols, 10);
	if (o->so.trend)
		put_header(w, trend_cols, 4);
	put_header(w, score_cols, 7);
	if (o->names)
		writer_str(w, COL_RFM_SEGMENT);
	if (x)
		extra_header(w, x);
	writer_end(w);
	writer_rows(w, n, scored_rows, &t);
}
