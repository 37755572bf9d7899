#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "err.h"
#include "htab.h"
#include "reject.h"
#include "sort.h"
#include "summary.h"

#define NIL UINT32_MAX

/*
 * Small sorted sets (a customer's purchase days, or order-id hashes) live
 * in one pool of 32-bit words, in blocks of 2, 4, 8... elements; a block
 * outgrown goes on a free list for the next set of its size.
 */
struct set {
	uint32_t off, len, cap;
};

struct pool {
	uint32_t *w;
	size_t n, cap;
	uint32_t free[32];
	int width;		/* words per element: 1 or 2 */
};

static void
pool_init(struct pool *p, int width)
{
	memset(p, 0, sizeof(*p));
	for (int i = 0; i < 32; i++)
		p->free[i] = NIL;
	p->width = width;
}

static uint32_t
pool_alloc(struct pool *p, uint32_t cap)
{
	int k = __builtin_ctz(cap);
	size_t words = (size_t)cap * (size_t)p->width;

	if (p->free[k] != NIL) {
		uint32_t off = p->free[k];
		p->free[k] = p->w[off];
		return off;
	}
	if (p->n + words > NIL)
		die(EXIT_INTERNAL, "too many distinct purchase days or orders");
	if (p->n + words > p->cap) {
		p->cap = p->cap ? p->cap * 2 : 1 << 16;
		while (p->cap < p->n + words)
			p->cap *= 2;
		p->w = xreallocarray(p->w, p->cap, sizeof(uint32_t));
		huge_pages(p->w, p->cap * sizeof(uint32_t));
	}
	uint32_t off = (uint32_t)p->n;
	p->n += words;
	return off;
}

static uint64_t
elem(const struct pool *p, const struct set *s, uint32_t i)
{
	const uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;
	return p->width == 1 ? w[0] : (uint64_t)w[1] << 32 | w[0];
}

static void
put(struct pool *p, const struct set *s, uint32_t i, uint64_t v)
{
	uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;

	w[0] = (uint32_t)v;
	if (p->width == 2)
		w[1] = (uint32_t)(v >> 32);
}

/* Index of the first element >= v. */
static uint32_t
lower(const struct pool *p, const struct set *s, uint64_t v)
{
	uint32_t lo = 0, hi = s->len;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (elem(p, s, mid) < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
set_add(struct pool *p, struct set *s, uint64_t v)
{
	uint32_t at;

	/* Input in date order appends, or repeats the last day. */
	if (s->len > 0 && elem(p, s, s->len - 1) < v)
		at = s->len;
	else {
		at = lower(p, s, v);
		if (at < s->len && elem(p, s, at) == v)
			return;
	}
	if (s->len == s->cap) {
		uint32_t cap = s->cap ? s->cap * 2 : 2;
		uint32_t off = pool_alloc(p, cap);
		size_t words = (size_t)p->width;
		memcpy(p->w + off, p->w + s->off, s->len * words * 4);
		if (s->cap) {
			p->w[s->off] = p->free[__builtin_ctz(s->cap)];
			p->free[__builtin_ctz(s->cap)] = s->off;
		}
		s->off = off;
		s->cap = cap;
	}
	uint32_t *base = p->w + s->off;
	size_t w = (size_t)p->width;
	memmove(base + (at + 1) * w, base + at * w, (s->len - at) * w * 4);
	s->len++;
	put(p, s, at, v);
}

static uint64_t
day_key(int32_t day)
{
	return (uint32_t)day ^ UINT32_C(0x80000000);
}

/* Per customer while reading. */
struct acc {
	int32_t first, last, seen;
	struct set days;
	money purchases, first_total, monetary, prev_monetary;
};

/* A row kept when the window's end is not known until the last row. */
struct held {
	uint32_t cust;
	int32_t day;
	money amount;
	uint64_t order;
	int is_return;
};

/* Rows wait in batches: hashing them all first and prefetching what each
 * will touch lets the cache misses of a batch overlap. */
#define BATCH 32

struct queued {
	uint64_t hv, order;
	money amount;
	size_t at, len;		/* the id in qkeys */
	int32_t day;
	uint32_t cust;
	int is_return;
};

struct summary {
	struct summary_opts o;
	struct queued q[BATCH];
	size_t nq;
	char *qkeys;
	size_t qlen, qcap;
	int32_t start, prev;	/* window and previous window starts */
	int32_t maxday;
	struct htab *ids;
	struct acc *acc;
	struct set *orders, *prev_orders;
	size_t cap;
	struct pool days, hashes;
	struct held *held;
	size_t nheld, heldcap;
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
	s->ids = htab_new();
	pool_init(&s->days, 1);
	pool_init(&s->hashes, 2);
	if (s->o.asof != DAY_NONE)
		set_window(s);
	return s;
}

static uint32_t
customer(struct summary *s, const char *id, size_t len, uint64_t hv)
{
	int added;
	uint32_t c = htab_intern_hashed(s->ids, id, len, hv, &added);

	if (!added)
		return c;
	if (c == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->acc = xreallocarray(s->acc, s->cap, sizeof(*s->acc));
		huge_pages(s->acc, s->cap * sizeof(*s->acc));
		if (s->o.orders) {
			s->orders = xreallocarray(s->orders, s->cap, sizeof(struct set));
			s->prev_orders = xreallocarray(s->prev_orders, s->cap,
			    sizeof(struct set));
		}
	}
	s->acc[c] = (struct acc){ .first = DAY_NONE, .last = DAY_NONE,
	    .seen = DAY_NONE };
	if (s->o.orders)
		s->orders[c] = s->prev_orders[c] = (struct set){ 0, 0, 0 };
	return c;
}

static void
sum(struct summary *s, uint32_t c, money *total, money amount)
{
	char buf[64];
	size_t len;

	if (money_add(*total, amount, total)) {
		const char *id = htab_key(s->ids, c, &len);
		die(EXIT_DATA, "customer %s: amounts add up beyond the range of "
		    "9.2 trillion", shorten(id, len, buf, sizeof(buf)));
	}
}

static void
add(struct summary *s, uint32_t c, int32_t day, money amount, int ret,
    uint64_t order)
{
	struct acc *a = &s->acc[c];
	int windowed = s->start != DAY_NONE;

	if (a->seen == DAY_NONE || day > a->seen)
		a->seen = day;
	if (!ret) {
		if (a->first == DAY_NONE || day < a->first) {
			a->first = day;
			a->first_total = amount;
		} else if (day == a->first)
			sum(s, c, &a->first_total, amount);
		if (a->last == DAY_NONE || day > a->last)
			a->last = day;
		set_add(&s->days, &a->days, day_key(day));
		sum(s, c, &a->purchases, amount);
	}
	if (!windowed || day >= s->start) {
		sum(s, c, &a->monetary, amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->orders[c], order);
	} else if (s->o.trend && day >= s->prev) {
		sum(s, c, &a->prev_monetary, amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->prev_orders[c], order);
	}
}

static void
hold(struct summary *s, const struct queued *q)
{
	if (s->nheld == s->heldcap) {
		s->heldcap = s->heldcap ? s->heldcap * 2 : 1 << 16;
		s->held = xreallocarray(s->held, s->heldcap, sizeof(*s->held));
	}
	s->held[s->nheld++] = (struct held){ q->cust, q->day, q->amount,
	    q->order, q->is_return };
}

static void
flush(struct summary *s)
{
	int holding = s->o.asof == DAY_NONE && (s->o.window || s->o.months);
	struct queued *q = s->q;

	for (size_t i = 0; i < s->nq; i++) {
		q[i].cust = customer(s, s->qkeys + q[i].at, q[i].len, q[i].hv);
		__builtin_prefetch(&s->acc[q[i].cust]);
		if (s->o.orders)
			__builtin_prefetch(&s->orders[q[i].cust]);
	}
	for (size_t i = 0; i < s->nq && !holding; i++) {
		const struct set *d = &s->acc[q[i].cust].days;
		if (d->cap)
			__builtin_prefetch(s->days.w + d->off + d->len - 1);
	}
	for (size_t i = 0; i < s->nq; i++) {
		if (holding)
			hold(s, &q[i]);
		else
			add(s, q[i].cust, q[i].day, q[i].amount, q[i].is_return,
			    q[i].order);
	}
	s->nq = s->qlen = 0;
}

/* 0 when the row counts, 1 when it falls on or after the as-of date. */
int
summary_add(struct summary *s, const struct txn *t)
{
	if (s->o.asof != DAY_NONE && t->day >= s->o.asof)
		return 1;
	if (s->maxday == DAY_NONE || t->day > s->maxday)
		s->maxday = t->day;
	if (s->qlen + t->clen > s->qcap) {
		s->qcap = (s->qlen + t->clen) * 2 + 4096;
		s->qkeys = xrealloc(s->qkeys, s->qcap);
	}
	struct queued *q = &s->q[s->nq++];
	memcpy(s->qkeys + s->qlen, t->cust, t->clen);
	q->at = s->qlen;
	q->len = t->clen;
	s->qlen += t->clen;
	q->hv = hash_bytes(t->cust, t->clen);
	q->order = t->order ? hash_bytes(t->order, t->olen) : 0;
	q->day = t->day;
	q->amount = t->amount;
	q->is_return = t->is_return;
	htab_prefetch(s->ids, q->hv);
	if (s->nq == BATCH)
		flush(s);
	return 0;
}

/* By customer id, so that output does not depend on input order. */
void
sort_custs(struct cust *c, size_t n)
{
	const char **ids = xreallocarray(NULL, n ? n : 1, sizeof(char *));
	size_t *lens = xreallocarray(NULL, n ? n : 1, sizeof(size_t));

	for (size_t i = 0; i < n; i++) {
		ids[i] = c[i].id;
		lens[i] = c[i].idlen;
	}
	uint32_t *idx = sort_ids(ids, lens, n);
	free(lens);
	free(ids);
	/* c[j] = old c[idx[j]], in place, one cycle of the permutation at a
	 * time; a done index is marked by pointing at itself. */
	for (size_t i = 0; i < n; i++) {
		if (idx[i] == i)
			continue;
		struct cust first = c[i];
		size_t j = i;
		while (idx[j] != i) {
			size_t k = idx[j];
			c[j] = c[k];
			idx[j] = (uint32_t)j;
			j = k;
		}
		c[j] = first;
		idx[j] = (uint32_t)j;
	}
	free(idx);
}

static uint32_t
count_days(const struct summary *s, const struct set *d, int32_t from,
    int32_t to)
{
	uint32_t hi = to == DAY_NONE ? d->len : lower(&s->days, d, day_key(to));
	uint32_t lo = from == DAY_NONE ? 0 : lower(&s->days, d, day_key(from));
	return hi - lo;
}

/* Customers sorted by id; returns the as-of date used. */
int32_t
summary_finish(struct summary *s, struct cust **custs, size_t *n)
{
	flush(s);
	if (s->o.asof == DAY_NONE) {
		s->o.asof = s->maxday == DAY_NONE ? 0 : s->maxday + 1;
		set_window(s);
		for (size_t i = 0; i < s->nheld; i++) {
			struct held *h = &s->held[i];
			add(s, h->cust, h->day, h->amount, h->is_return, h->order);
		}
	}
	*n = htab_count(s->ids);
	/* Count from the sets first and free them, so that the sets and the
	 * output never take memory at the same time. */
	uint32_t *freq = xreallocarray(NULL, *n ? *n : 1, 2 * sizeof(uint32_t));
	for (size_t i = 0; i < *n; i++) {
		const struct set *d = &s->acc[i].days;
		if (s->o.orders) {
			freq[2 * i] = s->orders[i].len;
			freq[2 * i + 1] = s->prev_orders[i].len;
		} else {
			freq[2 * i] = count_days(s, d, s->start, DAY_NONE);
			freq[2 * i + 1] = s->o.trend ?
			    count_days(s, d, s->prev, s->start) : 0;
		}
	}
	free(s->orders);
	free(s->prev_orders);
	free(s->days.w);
	free(s->hashes.w);
	free(s->held);
	s->orders = s->prev_orders = NULL;
	s->days.w = s->hashes.w = NULL;
	s->held = NULL;
	struct cust *out = xcalloc(*n ? *n : 1, sizeof(*out));
	for (size_t i = 0; i < *n; i++) {
		struct acc *a = &s->acc[i];
		struct cust *c = &out[i];
		c->id = htab_key(s->ids, (uint32_t)i, &c->idlen);
		c->first = a->first;
		c->last = a->last;
		c->seen = a->seen;
		c->monetary = a->monetary;
		c->prev_monetary = a->prev_monetary;
		c->purchase_days = a->days.len;
		c->frequency = freq[2 * i];
		c->prev_frequency = freq[2 * i + 1];
		if (c->purchase_days > 1)
			c->repeat_monetary = money_div_cents(a->purchases -
			    a->first_total, c->purchase_days - 1);
	}
	free(freq);
	free(s->acc);
	s->acc = NULL;
	sort_custs(out, *n);
	*custs = out;
	return s->o.asof;
}

void
summary_free(struct summary *s)
{
	htab_free(s->ids);
	free(s->acc);
	free(s->orders);
	free(s->prev_orders);
	free(s->days.w);
	free(s->hashes.w);
	free(s->held);
	free(s->qkeys);
	free(s);
}
