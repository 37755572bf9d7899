#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "clv.h"
#include "date.h"
#include "grow.h"
#include "htab.h"
#include "opts.h"
#include "schema.h"
#include "sort.h"

#define MAXVALUE 9.2e12		/* about INT64_MAX millionths */

static void
grow(struct book *b, size_t *cap)
{
	if (b->n < *cap)
		return;
	*cap = grow_cap(*cap, b->n + 1);
	b->obs = xreallocarray(b->obs, *cap, sizeof(*b->obs));
	b->yearly = xreallocarray(b->yearly, *cap, sizeof(double));
	b->id = xreallocarray(b->id, *cap, sizeof(char *));
	b->idlen = xreallocarray(b->idlen, *cap, sizeof(size_t));
	b->row = xreallocarray(b->row, *cap, sizeof(size_t));
}

/* The summary in the papers' terms: purchase days after the first, and
 * times in units from the first purchase day. */
static struct obs
observe(const struct clv_opts *o, int32_t first, int32_t last,
    uint32_t days, money repeat, int32_t cal_end)
{
	struct obs x;

	x.x = days > 0 ? days - 1 : 0;
	x.tx = (last - first) / o->unit;
	x.T = (cal_end - first) / o->unit;
	x.m = (double)repeat / MONEY_SCALE;
	return x;
}

/* The year before the last's buyers, and those of them who bought in
 * the last; the first purchase day of all. */
static void
retention(const struct cust *c, size_t n, struct book *b)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].prev_frequency > 0) {
			b->ret_before++;
			b->ret_again += c[i].frequency > 0;
		}
		if (c[i].first != DAY_NONE && (b->first_day == DAY_NONE ||
		    c[i].first < b->first_day))
			b->first_day = c[i].first;
	}
}

/* A customer of the transactions without a purchase to score: its id
 * in the id-sorted list written unscored. */
static void
unscored(struct book *b, const char *id, size_t len, size_t *cap)
{
	if (b->nunscored == *cap) {
		*cap = grow_cap(*cap, b->nunscored + 1);
		b->uid = xreallocarray(b->uid, *cap, sizeof(*b->uid));
		b->ulen = xreallocarray(b->ulen, *cap, sizeof(*b->ulen));
	}
	b->uid[b->nunscored] = id;
	b->ulen[b->nunscored++] = len;
}

/* The unscored ids after done, sorted themselves, merged with those
 * before it. */
static void
sort_unscored(struct book *b, size_t done)
{
	size_t n = b->nunscored, i = 0, j = done, k = 0;
	const char **id = xreallocarray(NULL, n ? n : 1, sizeof(*id));
	size_t *len = xreallocarray(NULL, n ? n : 1, sizeof(*len));

	while (i < done || j < n) {
		int left = j == n || (i < done && id_cmp(b->uid[i], b->ulen[i],
		    b->uid[j], b->ulen[j]) < 0);
		size_t from = left ? i++ : j++;
		id[k] = b->uid[from];
		len[k++] = b->ulen[from];
	}
	free(b->uid);
	free(b->ulen);
	b->uid = id;
	b->ulen = len;
}

/*
 * The customers whose rows all fall after the calibration end (late, in
 * first-seen order) that the calibration (c, id order) does not know,
 * put among the unscored in id order.
 */
static void
first_seen_late(struct book *b, struct htab *late, const struct cust *c,
    size_t n, size_t *cap)
{
	size_t nl = htab_count(late), k = 0, done = b->nunscored;
	struct id_ref *ids = xreallocarray(NULL, nl ? nl : 1, sizeof(*ids));

	for (size_t i = 0; i < nl; i++)
		ids[i].id = htab_key(late, (uint32_t)i, &ids[i].len);
	uint32_t *idx = sort_ids(ids, sizeof(*ids), nl);
	for (size_t i = 0; i < nl; i++) {
		const char *id = ids[idx[i]].id;
		size_t len = ids[idx[i]].len;
		while (k < n && id_cmp(c[k].id, c[k].idlen, id, len) < 0)
			k++;
		if (k == n || id_cmp(c[k].id, c[k].idlen, id, len) != 0) {
			unscored(b, id, len, cap);
			b->late++;
		}
	}
	free(idx);
	free(ids);
	/* the two runs of ids, each sorted, merged */
	sort_unscored(b, done);
}

static void
from_transactions(struct reader *r, const struct clv_opts *o,
    struct rejects *rj, struct book *b, size_t *nread)
{
	struct txn_reader *t = txn_open(r, &o->cols, rj);
	struct summary_opts cal = { .asof = o->cal_end == DAY_NONE ? DAY_NONE :
	    o->cal_end + 1 }, all = { .asof = o->holdout_end };
	struct summary *sc, *sh = NULL;
	struct cust *c, *hc = NULL;
	size_t n, hn = 0, cap = 0;
	struct txn x;

	if (o->simple) {
		cal.window = YEAR_DAYS;
		cal.trend = 1;
	}
	cal.orders = all.orders = txn_has_orders(t);
	sc = summary_new(&cal);
	if (o->holdout_end != DAY_NONE) {
		all.asof = o->holdout_end + 1;
		sh = summary_new(&all);
	}
	/* customers whose rows fall after the calibration end, so that
	 * those first seen there keep their row */
	b->late_ids = htab_new();
	while (txn_next(t, &x)) {
		int added;
		if (summary_add(sc, &x))
			htab_intern(b->late_ids, x.cust, x.clen, &added);
		if (sh)
			summary_add(sh, &x);
	}
	*nread = txn_rows(t);
	txn_close(t);
	b->cal_end = summary_finish(sc, &c, &n) - 1;
	if (sh) {
		summary_finish(sh, &hc, &hn);
		b->holdout = xcalloc(n ? n : 1, sizeof(double));
	}
	retention(c, n, b);
	/* Both lists are in id order: walk them together. */
	size_t ucap = 0;
	for (size_t i = 0, j = 0; i < n; i++) {
		if (c[i].first == DAY_NONE) {
			unscored(b, c[i].id, c[i].idlen, &ucap);
			b->skipped++;
			continue;
		}
		grow(b, &cap);
		b->id[b->n] = c[i].id;
		b->idlen[b->n] = c[i].idlen;
		b->obs[b->n] = observe(o, c[i].first, c[i].last,
		    c[i].purchase_days, c[i].repeat_monetary, b->cal_end);
		b->yearly[b->n] = (double)c[i].monetary / MONEY_SCALE;
		while (sh && j < hn && id_cmp(hc[j].id, hc[j].idlen, c[i].id,
		    c[i].idlen) < 0)
			j++;
		if (sh && j < hn)
			b->holdout[b->n] = hc[j].purchase_days -
			    (double)c[i].purchase_days;
		b->n++;
	}
	first_seen_late(b, b->late_ids, c, n, &ucap);
	b->skipped += b->late;
	b->sums[0] = sc;
	b->sums[1] = sh;
}

static int
need(const struct table *t, const char *name, int required)
{
	return required ? col_need(&t->header, name, NULL) :
	    col_find(&t->header, name);
}
static int
get_number(const char *s, size_t n, double *v)
{
	char buf[64], *end;

	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	*v = strtod(buf, &end);
	/* Beyond the range of money (and of any count or span of days) the
	 * models give inf or NaN, or numbers too long to print. */
	return *end != '\0' || errno || !isfinite(*v) || *v < 0 ||
	    *v > MAXVALUE ? -1 : 0;
}

/* The table crm-rfm writes: first_date, last_date, purchase_days and
 * repeat_monetary are the summary; the calibration ends the day before
 * its as-of date. */
static void
from_rfm(const struct clv_opts *o, struct rejects *rj, const char *where,
    struct book *b)
{
	struct table *t = b->t;
	int fd = need(t, COL_FIRST_DATE, 1), ld = need(t, COL_LAST_DATE, 1);
	int pd = need(t, COL_PURCHASE_DAYS, 1);
	int rm = need(t, COL_REPEAT_MONETARY, 1);
	int rd = need(t, COL_RECENCY_DAYS, 0);
	int mo = need(t, COL_MONETARY, o->simple);
	int fq = need(t, COL_FREQUENCY, 0), pf = need(t, COL_PREV_FREQUENCY, 0);
	struct date_parser *dp = alloc_or_die(date_parser_new(NULL));
	size_t cap = 0;
	int32_t cal_end = o->cal_end, latest = DAY_NONE, *firsts = NULL,
	    *lasts = NULL;
	char buf[64], day[16];

	for (size_t i = 0; i < t->nrows; i++) {
		int32_t first, last;
		double days, rec, f = 0, p = 0;
		money repeat, spend = 0;
		const char *why;
		const struct row *view = table_row(t, i);
		if (view->len[fd] == 0) {
			GROW(b->skiprow, b->skipped + 1, b->skipcap);
			b->skiprow[b->skipped++] = i;
			continue;
		}
		/* first_date is there: a customer with a purchase has both */
		int bad =
		    date_field(dp, view->f[fd], view->len[fd], &first) ? fd :
		    date_field(dp, view->f[ld], view->len[ld], &last) ||
		    last == DAY_NONE ? ld :
		    get_number(view->f[pd], view->len[pd], &days) ||
		    days != floor(days) || days > UINT32_MAX ? pd :
		    money_parse(view->f[rm], view->len[rm], 0, &repeat, &why) ? rm :
		    mo >= 0 && money_parse(view->f[mo], view->len[mo], 0, &spend,
		    &why) ? mo : -1;
		if (bad >= 0) {
			reject(rj, where, view, "bad summary value",
			    "column \"%s\": cannot use \"%s\"", t->header.f[bad],
			    shorten(view->f[bad], view->len[bad], buf, sizeof(buf)));
			continue;
		}
		if (last < first) {
			reject(rj, where, view, "bad summary value",
			    "column \"%s\": cannot use \"%s\" (before %s)",
			    t->header.f[ld], shorten(view->f[ld], view->len[ld],
			    buf, sizeof(buf)), t->header.f[fd]);
			continue;
		}
		if (cal_end == DAY_NONE && rd >= 0 &&
		    get_number(view->f[rd], view->len[rd], &rec) == 0 &&
		    rec < 4e6)	/* days: more ends past the year 9999 */
			cal_end = last + (int32_t)rec - 1;
		if (pf >= 0 && fq >= 0 &&
		    get_number(view->f[pf], view->len[pf], &p) == 0 && p > 0 &&
		    get_number(view->f[fq], view->len[fq], &f) == 0) {
			b->ret_before++;
			b->ret_again += f > 0;
		}
		if (b->first_day == DAY_NONE || first < b->first_day)
			b->first_day = first;
		if (b->n == cap) {
			/* beside the book's arrays, which grow() grows alike */
			size_t c = grow_cap(cap, b->n + 1);
			firsts = xreallocarray(firsts, c, sizeof(int32_t));
			lasts = xreallocarray(lasts, c, sizeof(int32_t));
		}
		grow(b, &cap);
		firsts[b->n] = first;
		lasts[b->n] = last;
		if (latest == DAY_NONE || last > latest)
			latest = last;
		b->row[b->n] = i;
		b->obs[b->n] = observe(o, first, last, (uint32_t)days, repeat,
		    first);
		b->yearly[b->n] = (double)spend / MONEY_SCALE;
		b->n++;
	}
	/* Without recency_days, the calibration ends on the latest purchase
	 * of all (not of the first row). */
	if (cal_end == DAY_NONE)
		cal_end = latest;
	b->cal_end = cal_end;
	date_format(cal_end, day);
	/* T waited for the end of calibration; a purchase after it cannot
	 * be modelled (the scores came out NaN). */
	size_t kept = 0;
	for (size_t i = 0; i < b->n; i++) {
		if (lasts[i] > cal_end) {
			const struct row *view = table_row(t, b->row[i]);
			reject(rj, where, view, "bad summary value",
			    "column \"%s\": cannot use \"%s\" (after the "
			    "calibration end %s)", t->header.f[ld],
			    shorten(view->f[ld], view->len[ld], buf, sizeof(buf)),
			    day);
			continue;
		}
		b->row[kept] = b->row[i];
		b->obs[kept] = b->obs[i];
		b->obs[kept].T = (cal_end - firsts[i]) / o->unit;
		b->yearly[kept++] = b->yearly[i];
	}
	b->n = kept;
	free(firsts);
	free(lasts);
	date_parser_free(dp);
}

/* A summary as in the papers and in lifetimes: frequency, recency, T and
 * monetary_value, already in the unit. */
static void
from_summary(struct rejects *rj, const char *where, struct book *b)
{
	static const char *const cols[] = { COL_FREQUENCY, COL_RECENCY, COL_T,
	    COL_MONETARY_VALUE };
	struct table *t = b->t;
	int col[4];
	size_t cap = 0;
	char buf[64];

	for (int k = 0; k < 4; k++)
		col[k] = need(t, cols[k], 1);
	for (size_t i = 0; i < t->nrows; i++) {
		double v[4];
		int bad = -1;
		const struct row *view = table_row(t, i);
		for (int k = 0; k < 4 && bad < 0; k++)
			if (get_number(view->f[col[k]], view->len[col[k]], &v[k]))
				bad = k;
		/* what the models assume: whole repeat counts, and recency
		 * within T, zero without repeats */
		if (bad < 0 && (v[1] > v[2] || (v[0] == 0 && v[1] != 0)))
			bad = 1;
		else if (bad < 0 && v[0] != floor(v[0]))
			bad = 0;
		if (bad >= 0) {
			reject(rj, where, view, "bad summary value",
			    "column \"%s\": cannot use \"%s\"", cols[bad],
			    shorten(view->f[col[bad]], view->len[col[bad]], buf,
			    sizeof(buf)));
			continue;
		}
		grow(b, &cap);
		b->row[b->n] = i;
		b->obs[b->n] = (struct obs){ v[0], v[1], v[2], v[3] };
		b->yearly[b->n] = 0;
		b->n++;
	}
	b->cal_end = DAY_NONE;
}

/* crm-rfm's table is told by its columns: purchase_days and
 * repeat_monetary; or first_date and no order date, so that a table cut
 * short is told what it lacks rather than to name a --date column. */
static int
rfm_table(const struct row *h, const struct clv_opts *o)
{
	int pd = col_find(h, COL_PURCHASE_DAYS) >= 0;
	int rm = col_find(h, COL_REPEAT_MONETARY) >= 0;

	if (pd && rm)
		return 1;
	return (pd || rm || col_find(h, COL_FIRST_DATE) >= 0) &&
	    col_find(h, o->cols.date ? o->cols.date : COL_ORDER_DATE) < 0;
}

void
read_book(struct reader *r, const struct clv_opts *o, struct rejects *rj,
    struct book *b, size_t *nread)
{
	memset(b, 0, sizeof(*b));
	b->first_day = DAY_NONE;
	if (!o->from_summary) {
		/* crm-rfm's table, else transactions. */
		const struct row *h = reader_header(r);
		if (h && rfm_table(h, o))
			b->kind = IN_RFM;
		else {
			b->kind = IN_TRANSACTIONS;
			from_transactions(r, o, rj, b, nread);
			return;
		}
	} else
		b->kind = IN_SUMMARY;
	b->t = table_read(r, rj, nread);
	if (b->kind == IN_RFM)
		from_rfm(o, rj, reader_where(r), b);
	else
		from_summary(rj, reader_where(r), b);
}

void
free_book(struct book *b)
{
	for (int k = 0; k < 2; k++)
		if (b->sums[k])
			summary_free(b->sums[k]);
	if (b->t)
		table_free(b->t);
	free(b->obs);
	free(b->yearly);
	free(b->id);
	free(b->idlen);
	free(b->row);
	free(b->skiprow);
	free(b->uid);
	free(b->ulen);
	if (b->late_ids)
		htab_free(b->late_ids);
	free(b->holdout);
}
