#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "ahead.h"
#include "alloc.h"
#include "batch.h"
#include "bytes.h"
#include "date.h"
#include "days.h"
#include "err.h"
#include "grow.h"
#include "hints.h"
#include "htab.h"
#include "par.h"
#include "pool.h"
#include "reject.h"
#include "slab.h"
#include "sort.h"
#include "summary.h"

/*
 * What a summary row says of a customer, from its rows before the as-of
 * date (the day after the last row unless given). Returns are no
 * purchases: they take money back, from whatever day they fall on.
 *
 *   first, last      its first and last purchase day
 *   seen             the last day of any of its rows
 *   purchase_days    its distinct purchase days
 *   frequency        its distinct purchase days in the window, or with
 *                    orders its distinct order ids there
 *   monetary         the sum of its amounts in the window
 *   repeat_monetary  the mean amount of its purchase days after the first
 *                    (all purchases less the first day's, over
 *                    purchase_days - 1)
 *   prev_*           frequency and monetary in the window before, of the
 *                    same length, with a trend
 *
 * The window is the last window days (or calendar months) before the
 * as-of date; without one, everything before it.
 *
 * While the rows are read, a customer is one cache line (struct acc), so
 * that a row costs one miss: three sums, the last day seen, and its
 * purchase days (days.h). Its first and last purchase days are the ends
 * of that set; frequency is counted from it at the end, when each acc
 * becomes its struct cust where it lies.
 */
#define NIL UINT32_MAX

struct acc {
	money purchases;	/* all purchases */
	money first_total;	/* the purchases of the first purchase day */
	money monetary;		/* in the window */
	int32_t seen;		/* last day of any row, or DAY_NONE */
	struct days days;	/* distinct purchase days */
};
_Static_assert(sizeof(struct acc) == 64, "an acc is one cache line");

/* A row kept when the window's end is not known until the last row. */
struct held {
	uint32_t cust;
	int32_t day;
	money amount;
	uint64_t order;
	int is_return;
};

/* Batches in a ring, so that the reading and the summing thread may run
 * ahead of each other by a few: with the tool before in the pipe, three
 * threads share two cores, and a thread that must wait for the other at
 * every batch leaves a core idle. */
#define NBATCH 4

struct summary {
	struct summary_opts o;
	int32_t start, prev;	/* window and previous window starts */
	int32_t maxday;
	struct htab *ids;	/* customer number by id */
	struct slab accs;	/* struct acc by customer number */
	struct pool days, hashes;	/* pooled days; order id hashes */
	struct set *orders, *prev_orders;	/* with orders */
	money *prev_monetary;	/* with a trend */
	size_t cap;		/* of the three */
	struct held *held;
	size_t nheld, heldcap;
	/* The first customer whose sums overflowed, or NIL: set by the
	 * summing thread, reported by the reading one (overflowed). */
	_Atomic uint32_t overflow;
	struct batch b[NBATCH];
	struct batch *fill;	/* the reading thread's */
	size_t rows;		/* queued so far */
	struct par_pipe *pipe;	/* to the summing thread, once worth it */
};

int32_t
window_start(int32_t asof, int32_t days, int32_t months)
{
	int y, m, d;

	if (months == 0)
		return asof - days;
	date_to_ymd(asof, &y, &m, &d);
	int total = y * 12 + (m - 1) - months;
	y = total / 12;
	m = total % 12 + 1;
	while (d > 28 && !date_valid(y, m, d))
		d--;
	return date_from_ymd(y, m, d);
}

static void
set_window(struct summary *s)
{
	s->start = s->prev = DAY_NONE;
	if (s->o.window == 0 && s->o.months == 0)
		return;
	s->start = window_start(s->o.asof, s->o.window, s->o.months);
	s->prev = window_start(s->start, s->o.window, s->o.months);
}

struct summary *
summary_new(const struct summary_opts *o)
{
	struct summary *s = xcalloc(1, sizeof(*s));

	s->o = *o;
	s->maxday = DAY_NONE;
	/* No window until one is set: a zero here would leave rows before
	 * 1970 out of monetary. */
	s->start = s->prev = DAY_NONE;
	s->fill = &s->b[0];
	atomic_init(&s->overflow, NIL);
	s->ids = htab_new();
	slab_init(&s->accs, sizeof(struct acc), UINT32_MAX);
	pool_init(&s->days, 1);
	pool_init(&s->hashes, 2);
	if (s->o.asof != DAY_NONE)
		set_window(s);
	return s;
}

static struct acc *
acc_of(const struct summary *s, uint32_t c)
{
	return slab_at(&s->accs, c);
}

/* The number of the customer with this id, made if new. */
static uint32_t
customer(struct summary *s, const char *id, size_t len, uint64_t hv)
{
	int added;
	uint32_t c = htab_intern_hashed(s->ids, id, len, hv, &added);

	if (!added)
		return c;
	slab_room(&s->accs, c);
	if ((s->o.orders || s->o.trend) && c == s->cap) {
		s->cap = grow_cap(s->cap, (size_t)c + 1);
		if (s->o.orders) {
			s->orders = xreallocarray(s->orders, s->cap,
			    sizeof(struct set));
			s->prev_orders = xreallocarray(s->prev_orders, s->cap,
			    sizeof(struct set));
		}
		if (s->o.trend)
			s->prev_monetary = xreallocarray(s->prev_monetary,
			    s->cap, sizeof(money));
	}
	*acc_of(s, c) = (struct acc){ .seen = DAY_NONE };
	if (s->o.orders)
		s->orders[c] = s->prev_orders[c] = (struct set){ 0, 0, 0 };
	if (s->o.trend)
		s->prev_monetary[c] = 0;
	return c;
}

/* An overflow is noted here and reported by the reading thread
 * (overflowed), since the summing thread must not die. */
static void
sum(struct summary *s, uint32_t c, money *total, money amount)
{
	uint32_t none = NIL;

	if (money_add(*total, amount, total))
		atomic_compare_exchange_strong(&s->overflow, &none, c);
}

/* Dies if a sum overflowed; the summing thread is idle or gone. */
static void
overflowed(const struct summary *s)
{
	char buf[64];
	size_t len;
	uint32_t c = atomic_load(&s->overflow);

	if (c == NIL)
		return;
	const char *id = htab_key(s->ids, c, &len);
	die(EXIT_DATA, "customer %s: amounts add up beyond the range of "
	    "9.2 trillion", shorten(id, len, buf, sizeof(buf)));
}

/* One row of customer c: the sums. */
static void
add(struct summary *s, uint32_t c, int32_t day, money amount, int ret,
    uint64_t order)
{
	struct acc *a = acc_of(s, c);
	int windowed = s->start != DAY_NONE;

	if (a->seen == DAY_NONE || day > a->seen)
		a->seen = day;
	if (!ret) {
		int32_t first = days_count(&a->days) ?
		    days_at(&a->days, &s->days, 0) : DAY_NONE;
		if (first == DAY_NONE || day < first)
			a->first_total = amount;
		else if (day == first)
			sum(s, c, &a->first_total, amount);
		days_add(&a->days, &s->days, day);
		sum(s, c, &a->purchases, amount);
	}
	if (!windowed || day >= s->start) {
		sum(s, c, &a->monetary, amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->orders[c], order);
	} else if (s->o.trend && day >= s->prev) {
		sum(s, c, &s->prev_monetary[c], amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->prev_orders[c], order);
	}
}

/* Customer c of the output, from its acc. */
static void
output(const struct summary *s, uint32_t i, struct cust *c)
{
	const struct acc *a = acc_of(s, i);
	const struct days *d = &a->days;
	uint32_t days = days_count(d);

	*c = (struct cust){ 0 };
	c->id = htab_key(s->ids, i, &c->idlen);
	c->first = days ? days_at(d, &s->days, 0) : DAY_NONE;
	c->last = days ? days_at(d, &s->days, days - 1) : DAY_NONE;
	c->seen = a->seen;
	c->monetary = a->monetary;
	c->prev_monetary = s->o.trend ? s->prev_monetary[i] : 0;
	c->purchase_days = days;
	if (s->o.orders) {
		c->frequency = s->orders[i].len;
		c->prev_frequency = s->prev_orders[i].len;
	} else {
		c->frequency = days_between(d, &s->days, s->start, DAY_NONE);
		c->prev_frequency = s->o.trend ?
		    days_between(d, &s->days, s->prev, s->start) : 0;
	}
	if (days > 1)
		c->repeat_monetary = money_div_cents(a->purchases -
		    a->first_total, days - 1);
}

/*
 * How rows get to add: summary_add queues them in a batch; a full batch
 * is summed by a pipe's thread (par.h) while this one fills the next;
 * a batch is summed in steps (ahead.h), so that a row's cache misses
 * are under way while others' are summed.
 */

static void
hold(struct summary *s, const struct queued *q)
{
	GROW(s->held, s->nheld + 1, s->heldcap);
	s->held[s->nheld++] = (struct held){ q->cust, q->day, q->amount,
	    q->order, q->is_return };
}

/* A row's steps: its id's slot in the table prefetched; the customer
 * found, its acc prefetched; the acc's days prefetched; the row added
 * (or held), a customer not found by the second step looked up again,
 * and made if new. Holding, there is no acc to prefetch. */
static void
sum_batch(struct summary *s, struct batch *b)
{
	int holding = s->o.asof == DAY_NONE && (s->o.window || s->o.months);
	struct queued *q = b->q;
	size_t n = b->n, i;

	for (size_t k = 0; k < ahead_rounds(n, 4); k++) {
		if (ahead_item(k, 0, n, &i))
			htab_prefetch(s->ids, q[i].hv);
		if (ahead_item(k, 1, n, &i)) {
			int64_t c = htab_find_hashed(s->ids, batch_id(b, &q[i]),
			    q[i].len, q[i].hv);
			q[i].cust = c < 0 ? NIL : (uint32_t)c;
			if (c >= 0 && !holding) {
				__builtin_prefetch(acc_of(s, (uint32_t)c));
				if (s->o.orders)
					__builtin_prefetch(&s->orders[c]);
			}
		}
		if (ahead_item(k, 2, n, &i) && q[i].cust != NIL && !holding)
			days_prefetch(&acc_of(s, q[i].cust)->days, &s->days);
		if (!ahead_item(k, 3, n, &i))
			continue;
		struct queued *x = &q[i];
		if (x->cust == NIL)
			x->cust = customer(s, batch_id(b, x), x->len, x->hv);
		if (holding)
			hold(s, x);
		else
			add(s, x->cust, x->day, x->amount, x->is_return,
			    x->order);
	}
	batch_clear(b);
}

static void
sum_slot(void *arg, unsigned slot)
{
	struct summary *s = arg;

	sum_batch(s, &s->b[slot]);
}

/* Everything handed to the summing thread summed, and the thread gone. */
static void
stop(struct summary *s)
{
	par_pipe_free(s->pipe);
	s->pipe = NULL;
}

/* The full batch summed: here while the rows are too few for a thread
 * (par_worth), then by the pipe's thread. */
static void
hand_over(struct summary *s)
{
	if (s->pipe == NULL && !par_worth(s->rows)) {
		sum_batch(s, s->fill);
		overflowed(s);
		return;
	}
	if (s->pipe == NULL)
		s->pipe = par_pipe_new(s->rows, NBATCH, sum_slot, s);
	par_pipe_hand(s->pipe);
	if (par_pipe_out(s->pipe) == NBATCH)
		par_pipe_take(s->pipe);
	if (atomic_load(&s->overflow) != NIL) {
		stop(s);
		overflowed(s);
	}
	s->fill = &s->b[par_pipe_next(s->pipe)];
}

/* 0 when the row counts, 1 when it falls on or after the as-of date. */
int
summary_add(struct summary *s, const struct txn *t)
{
	if (s->o.asof != DAY_NONE && t->day >= s->o.asof)
		return 1;
	if (s->maxday == DAY_NONE || t->day > s->maxday)
		s->maxday = t->day;
	batch_put(s->fill, t);
	s->rows++;
	if (s->fill->n == BATCH)
		hand_over(s);
	return 0;
}

/* A customer's id where sort_ids reads it. */
_Static_assert(offsetof(struct cust, id) == offsetof(struct id_ref, id) &&
    offsetof(struct cust, idlen) == offsetof(struct id_ref, len),
    "a cust starts with its id as sort_ids reads it");

/* c[j] = old c[idx[j]], in place, one cycle of the permutation at a
 * time; a done index is marked by pointing at itself. The customer two
 * steps on in the cycle is prefetched, as each step is a miss. */
static void
permute(struct cust *c, uint32_t *idx, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (idx[i] == i)
			continue;
		struct cust first = c[i];
		size_t j = i;
		while (idx[j] != i) {
			size_t k = idx[j];
			__builtin_prefetch(&c[idx[idx[k]]]);
			c[j] = c[k];
			idx[j] = (uint32_t)j;
			j = k;
		}
		c[j] = first;
		idx[j] = (uint32_t)j;
	}
}

/* By customer id, so that output does not depend on input order. */
void
sort_custs(struct cust *c, size_t n)
{
	uint32_t *idx = sort_ids(c, sizeof(*c), n);

	permute(c, idx, n);
	free(idx);
}

/* Each acc made its customer, in place: a cust takes no more room. */
_Static_assert(sizeof(struct cust) <= sizeof(struct acc),
    "a cust fits where its acc was");

static void
to_custs(void *p, unsigned k, size_t from, size_t to)
{
	const struct summary *s = p;

	(void)k;
	for (size_t i = from; i < to; i++) {
		struct cust c;
		output(s, (uint32_t)i, &c);
		memcpy(acc_of(s, (uint32_t)i), &c, sizeof(c));
	}
}

static void
free_sums(struct summary *s)
{
	free(s->orders);
	free(s->prev_orders);
	free(s->prev_monetary);
	s->orders = s->prev_orders = NULL;
	s->prev_monetary = NULL;
	pool_free(&s->days);
	pool_free(&s->hashes);
	free(s->held);
	s->held = NULL;
}

/* Customers sorted by id; returns the as-of date used. */
int32_t
summary_finish(struct summary *s, struct cust **custs, size_t *n)
{
	stop(s);
	sum_batch(s, s->fill);
	overflowed(s);
	if (s->o.asof == DAY_NONE) {
		s->o.asof = s->maxday == DAY_NONE ? 0 : s->maxday + 1;
		set_window(s);
		for (size_t i = 0; i < s->nheld; i++) {
			struct held *h = &s->held[i];
			add(s, h->cust, h->day, h->amount, h->is_return, h->order);
		}
		overflowed(s);
	}
	*n = htab_count(s->ids);
	/* No more lookups; the customers made from their accs where these
	 * lie, in first-seen order, each half on its own core; then sorted
	 * by id in place. So the accs and the customers never take memory
	 * at once. */
	htab_freeze(s->ids);
	slab_room(&s->accs, 0);	/* an array even with no customer */
	par_slices(*n, 2, to_custs, s);
	free_sums(s);
	struct cust *c = slab_array(&s->accs);
	sort_custs(c, *n);
	*custs = c;
	return s->o.asof;
}

void
summary_free(struct summary *s)
{
	stop(s);
	htab_free(s->ids);
	free_sums(s);
	slab_free(&s->accs);
	for (int i = 0; i < NBATCH; i++)
		batch_free(&s->b[i]);
	free(s);
}
